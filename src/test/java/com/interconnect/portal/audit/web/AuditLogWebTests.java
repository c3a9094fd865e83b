package com.interconnect.portal.audit.web;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SupportedBy;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.Fixtures;
import com.interconnect.portal.support.TestData;
import com.interconnect.portal.user.domain.UserRow;
import com.interconnect.portal.user.domain.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Company &gt; Audit Log through the whole web stack and the database.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditLogWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Autowired
	Accounts accounts;

	Fixtures fixtures;

	CompanySummary company;

	CurrentUser admin;

	String email;

	@BeforeEach
	void setUp() {
		this.fixtures = new Fixtures(this.accounts, this.users);
		this.company = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		this.admin = this.fixtures.user(this.company, Role.COMPANY_ADMIN);
		this.email = TestData.email("web-audit");
		UserRow user = this.users.invite(this.admin, this.email, "Wren Web", Role.READ_ONLY);
		this.users.changeRole(this.admin, user.id(), Role.FINANCE);
	}

	@Test
	void aCompanyAdminSeesTheirCompanysChanges() throws Exception {
		this.mvc.perform(get("/company/audit-log").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Audit Log</h1>")))
			.andExpect(content().string(containsString("<th scope=\"col\">When</th>")))
			.andExpect(content().string(not(containsString("<th scope=\"col\">Company</th>"))))
			.andExpect(content().string(containsString("<td>Role changed</td>")))
			.andExpect(content().string(containsString("<td>User invited</td>")))
			.andExpect(content().string(containsString("<td>" + this.email + "</td>")))
			.andExpect(content().string(containsString("<td>Read Only</td>")))
			.andExpect(content().string(containsString("<td>Finance</td>")))
			.andExpect(content()
				.string(matchesPattern("(?s).*<td>\\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2} UTC</td>.*")));
	}

	@Test
	void theSearchNarrowsTheRows() throws Exception {
		this.mvc.perform(get("/company/audit-log").param("q", "FINANCE").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<td>Role changed</td>")))
			.andExpect(content().string(not(containsString("<td>User invited</td>"))));
		this.mvc.perform(get("/company/audit-log").param("q", "nothing-like-this").with(user(this.admin)))
			.andExpect(content().string(containsString("No entries match your search.")));
	}

	@Test
	void aReadOnlyUserGetsAnExplained403() throws Exception {
		CurrentUser reader = this.fixtures.user(this.company, Role.READ_ONLY);
		this.mvc.perform(get("/company/audit-log").with(user(reader)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Only a Company Admin can see the audit log.")));
	}

	@Test
	void anOperatorAdminSeesTheCompanyColumnAndFiltersByCompany() throws Exception {
		CurrentUser operatorAdmin = this.fixtures.user(this.fixtures.operator(), Role.OPERATOR_ADMIN);
		this.mvc
			.perform(get("/company/audit-log").param("company", String.valueOf(this.company.id()))
				.with(user(operatorAdmin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<th scope=\"col\">Company</th>")))
			.andExpect(content().string(containsString("Showing the entries of " + this.company.name() + ".")))
			.andExpect(content().string(containsString("<td>" + this.email + "</td>")));
	}

}
