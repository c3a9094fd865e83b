package com.interconnect.portal.partner.web;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SupportedBy;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.Fixtures;
import com.interconnect.portal.support.SupportDetails;
import com.interconnect.portal.support.TestData;
import com.interconnect.portal.support.TestSmtp;
import com.interconnect.portal.user.domain.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Company &gt; Managed Accounts through the whole web stack and the database.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ManagedAccountsWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	UserService users;

	@Autowired
	SupportDetails support;

	@Autowired
	JdbcTemplate jdbc;

	Fixtures fixtures;

	CompanySummary partner;

	CurrentUser admin;

	@BeforeEach
	void setUp() {
		TestSmtp.start();
		this.fixtures = new Fixtures(this.accounts, this.users);
		this.partner = this.fixtures.company(AccountType.PARTNER, SupportedBy.OPERATOR);
		this.admin = this.fixtures.user(this.partner, Role.COMPANY_ADMIN);
	}

	@Test
	void theCompanyMenuOffersManagedAccountsToTheCompanyAdminsOfPartnersOnly() throws Exception {
		this.mvc.perform(get("/").with(user(this.admin)))
			.andExpect(content().string(matchesPattern(
					"(?s).*Manage Users</a></li>\\s*<li><a href=\"/company/managed-accounts\">Managed Accounts</a>.*")));
		CurrentUser technicalAdmin = this.fixtures.user(this.partner, Role.TECHNICAL_ADMIN);
		CompanySummary direct = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		CurrentUser directAdmin = this.fixtures.user(direct, Role.COMPANY_ADMIN);
		CurrentUser managedAdmin = this.fixtures.user(this.fixtures.managedBy(this.partner, SupportedBy.PARTNER),
				Role.COMPANY_ADMIN);
		for (CurrentUser other : new CurrentUser[] { technicalAdmin, directAdmin, managedAdmin }) {
			this.mvc.perform(get("/").with(user(other)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("Managed Accounts"))));
		}
	}

	@Test
	void otherUsersGetAnExplained403() throws Exception {
		CompanySummary direct = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		this.mvc.perform(get("/company/managed-accounts").with(user(this.fixtures.user(direct, Role.COMPANY_ADMIN))))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Managed Accounts are for partner companies")))
			// a Company Admin has nobody to ask
			.andExpect(content().string(not(containsString("Ask a Company Admin"))));
		this.mvc
			.perform(get("/company/managed-accounts/new")
				.with(user(this.fixtures.user(this.partner, Role.TECHNICAL_ADMIN))))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Only a Company Admin")))
			.andExpect(content().string(containsString("Ask a Company Admin of your")));
	}

	@Test
	void theListShowsThePartnersDetailsThenEachManagedCompanysAsSection2Says() throws Exception {
		this.support.save(this.admin, this.partner.id(), "+61 2 9876 5432", "help@test.example");
		CompanySummary byPartner = this.fixtures.managedBy(this.partner, SupportedBy.PARTNER);
		CompanySummary byOperator = this.fixtures.managedBy(this.partner, SupportedBy.OPERATOR);
		this.support.save(this.admin, byOperator.id(), "+61 3 9123 4567", "noc@test.example");

		this.mvc.perform(get("/company/managed-accounts").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("help@test.example")))
			.andExpect(content().string(containsString(byPartner.name())))
			.andExpect(content()
				.string(containsString("Supported by " + this.partner.name() + " — uses the partner&#39;s details")))
			.andExpect(content().string(containsString(byOperator.name())))
			.andExpect(content().string(containsString("+61 3 9123 4567")))
			.andExpect(content().string(containsString("noc@test.example")))
			.andExpect(content().string(containsString("Missing: Billing market")));
		this.mvc.perform(get("/company/managed-accounts").param("q", byOperator.name()).with(user(this.admin)))
			.andExpect(content().string(containsString(byOperator.name())))
			.andExpect(content().string(not(containsString(byPartner.name()))));
	}

	@Test
	void addingAManagedAccountRedirectsToItsPage() throws Exception {
		String name = TestData.unique("Web Managed");
		String firstAdmin = TestData.email("web-first");
		this.mvc.perform(get("/company/managed-accounts/new").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<label for=\"supportPhone\">Support Phone</label>")))
			.andExpect(content().string(containsString("<label for=\"supportEmail\">Support Email</label>")));

		this.mvc
			.perform(post("/company/managed-accounts").param("name", name)
				.param("supportedBy", "OPERATOR")
				.param("firstAdminEmail", firstAdmin)
				.param("firstAdminName", "Wes First")
				.param("supportPhone", "+61 2 9876 5432")
				.param("supportEmail", "noc@test.example")
				.with(user(this.admin))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/company/managed-accounts/*"))
			.andExpect(flash().attribute("success", containsString(firstAdmin)));

		long id = this.accounts.findByName(name).orElseThrow().id();
		this.mvc.perform(get("/company/managed-accounts/{id}", id).with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("+61 2 9876 5432")))
			.andExpect(content().string(containsString(firstAdmin)))
			.andExpect(content().string(containsString("Invited")));
		// the partner's admin may change the details of a company the operator supports
		this.mvc.perform(get("/companies/{id}/support-details", id).with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Save</button>")));
	}

	@Test
	void badSupportDetailsAreShownBesideTheirFieldsAndNothingIsStored() throws Exception {
		String name = TestData.unique("Web Never");
		String firstAdmin = TestData.email("web-never");
		this.mvc
			.perform(post("/company/managed-accounts").param("name", name)
				.param("supportedBy", "OPERATOR")
				.param("firstAdminEmail", firstAdmin)
				.param("firstAdminName", "Nora")
				.param("supportPhone", "12345")
				.param("supportEmail", "noc@elsewhere.example")
				.with(user(this.admin))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"supportPhone-error\"")))
			.andExpect(content().string(containsString("id=\"supportEmail-error\"")))
			.andExpect(content().string(containsString("Please correct the following")))
			.andExpect(content().string(containsString("value=\"" + name + "\"")));
		assertThat(this.accounts.findByName(name)).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from app_user where email = ?", Long.class, firstAdmin))
			.isZero();
	}

	@Test
	void anotherPartnersManagedCompanyAnswers404() throws Exception {
		CompanySummary otherPartner = this.fixtures.company(AccountType.PARTNER, SupportedBy.OPERATOR);
		CompanySummary theirs = this.fixtures.managedBy(otherPartner, SupportedBy.OPERATOR);
		this.mvc.perform(get("/company/managed-accounts/{id}", theirs.id()).with(user(this.admin)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/companies/{id}/support-details", theirs.id()).with(user(this.admin)))
			.andExpect(status().isNotFound());
	}

}
