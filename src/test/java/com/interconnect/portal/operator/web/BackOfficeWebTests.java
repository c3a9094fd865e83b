package com.interconnect.portal.operator.web;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SupportedBy;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.Fixtures;
import com.interconnect.portal.support.TestData;
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
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The back office's Companies through the whole web stack and the database.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BackOfficeWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	UserService users;

	@Autowired
	JdbcTemplate jdbc;

	Fixtures fixtures;

	CurrentUser sales;

	@BeforeEach
	void setUp() {
		this.fixtures = new Fixtures(this.accounts, this.users);
		this.sales = this.fixtures.user(this.fixtures.operator(), Role.SALES);
	}

	@Test
	void theNavigationAndTheDashboardOfferCompaniesToOperatorStaffOnly() throws Exception {
		CurrentUser operatorAdmin = this.fixtures.user(this.fixtures.operator(), Role.OPERATOR_ADMIN);
		for (CurrentUser staff : new CurrentUser[] { this.sales, operatorAdmin }) {
			this.mvc.perform(get("/").with(user(staff)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<li><a href=\"/operator/companies\">Companies</a></li>")))
				.andExpect(content().string(containsString("<a class=\"card\" href=\"/operator/companies\">")));
		}
		CompanySummary partner = this.fixtures.company(AccountType.PARTNER, SupportedBy.OPERATOR);
		this.mvc.perform(get("/").with(user(this.fixtures.user(partner, Role.COMPANY_ADMIN))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/operator/companies"))));
	}

	@Test
	void aCustomerGetsAnExplained403() throws Exception {
		CompanySummary direct = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		CurrentUser admin = this.fixtures.user(direct, Role.COMPANY_ADMIN);
		this.mvc.perform(get("/operator/companies").with(user(admin)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("The back office is for the operator&#39;s Sales team")));
		this.mvc.perform(get("/operator/companies/{id}", direct.id()).with(user(admin)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/operator/companies").param("name", TestData.unique("Sneaky"))
				.param("accountType", "DIRECT")
				.param("supportedBy", "OPERATOR")
				.param("signupEmail", TestData.email("signup"))
				.with(user(admin))
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void searchFindsACompanyByPartOfItsName() throws Exception {
		CompanySummary partner = this.fixtures.company(AccountType.PARTNER, SupportedBy.OPERATOR);
		CompanySummary managed = this.fixtures.managedBy(partner, SupportedBy.PARTNER);
		String part = managed.name().substring(managed.name().length() - 5).toUpperCase();
		this.mvc.perform(get("/operator/companies").param("q", part).with(user(this.sales)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(managed.name())))
			.andExpect(content().string(containsString(partner.name())))
			.andExpect(content().string(containsString("Missing: Billing market")));
		this.mvc.perform(get("/operator/companies").param("q", part).param("type", "DIRECT").with(user(this.sales)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No company matches your search.")));
	}

	@Test
	void anImpossibleCombinationIsShownBesideItsField() throws Exception {
		String name = TestData.unique("Wrong Direct");
		this.mvc
			.perform(post("/operator/companies").param("name", name)
				.param("accountType", "DIRECT")
				.param("supportedBy", "PARTNER")
				.param("parentPartnerId", "")
				.param("signupEmail", TestData.email("signup"))
				.with(user(this.sales))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"supportedBy-error\"")))
			.andExpect(content().string(containsString("A direct company is always supported by the operator.")));
		assertThat(this.accounts.findByName(name)).isEmpty();

		// with a parent partner too: both errors after one Save
		long partner = this.fixtures.company(AccountType.PARTNER, SupportedBy.OPERATOR).id();
		this.mvc
			.perform(post("/operator/companies").param("name", name)
				.param("accountType", "DIRECT")
				.param("supportedBy", "PARTNER")
				.param("parentPartnerId", String.valueOf(partner))
				.param("signupEmail", TestData.email("signup"))
				.with(user(this.sales))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A direct company is always supported by the operator.")))
			.andExpect(content().string(containsString("Only a managed company has a parent partner: choose None.")));
		assertThat(this.accounts.findByName(name)).isEmpty();
	}

	@Test
	void aCreatedCompanyShowsItsSetupChecklistWithLinksToCompleteIt() throws Exception {
		String name = TestData.unique("Web Direct");
		this.mvc.perform(get("/operator/companies/new").with(user(this.sales)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<label for=\"accountType\">Account type</label>")));
		this.mvc
			.perform(post("/operator/companies").param("name", name)
				.param("accountType", "DIRECT")
				.param("supportedBy", "OPERATOR")
				.param("parentPartnerId", "")
				.param("signupEmail", TestData.email("signup"))
				.param("firstAdminEmail", "")
				.param("firstAdminName", "")
				.with(user(this.sales))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/operator/companies/*"));

		long id = this.accounts.findByName(name).orElseThrow().id();
		this.mvc.perform(get("/operator/companies/{id}", id).with(user(this.sales)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(
					containsString("href=\"/companies/" + id + "/support-details\">Add technical support details</a>")))
			.andExpect(content()
				.string(containsString("href=\"/companies/" + id + "/billing-markets/new\">Add billing market</a>")))
			.andExpect(content()
				.string(containsString("href=\"/companies/" + id + "/billing-markets\">Billing Markets</a>")));
		this.mvc.perform(get("/companies/{id}/billing-markets/new", id).with(user(this.sales)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/companies/{id}/support-details", id).with(user(this.sales)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Save</button>")));
	}

	@Test
	void aCompanyCreatedWithoutAFirstAdminGetsOneInvitedFromItsPage() throws Exception {
		CompanySummary company = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		this.mvc.perform(get("/operator/companies/{id}", company.id()).with(user(this.sales)))
			.andExpect(content().string(containsString("Invite the first Company Admin")));

		// each field beside it, nothing stored
		this.mvc
			.perform(post("/operator/companies/{id}/first-admin", company.id()).param("firstAdminEmail", "dee@nodot")
				.param("firstAdminName", "")
				.with(user(this.sales))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"<p class=\"field-error\" id=\"firstAdminEmail-error\">Enter an email address like name@example.com.</p>")))
			.andExpect(content().string(containsString(
					"<p class=\"field-error\" id=\"firstAdminName-error\">Enter the first admin&#39;s name.</p>")));
		assertThat(usersOf(company)).isZero();

		String email = TestData.email("first-admin");
		this.mvc
			.perform(post("/operator/companies/{id}/first-admin", company.id()).param("firstAdminEmail", email)
				.param("firstAdminName", "Dana Distributor")
				.with(user(this.sales))
				.with(csrf()))
			.andExpect(redirectedUrl("/operator/companies/" + company.id()));
		assertThat(this.jdbc.queryForMap("select role, status from app_user where email = ?", email))
			.containsEntry("role", "COMPANY_ADMIN")
			.containsEntry("status", "INVITED");
		this.mvc.perform(get("/operator/companies/{id}", company.id()).with(user(this.sales)))
			.andExpect(content().string(not(containsString("Invite the first Company Admin"))));
		// a customer cannot do it
		CurrentUser customer = this.fixtures.user(this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR),
				Role.COMPANY_ADMIN);
		this.mvc
			.perform(post("/operator/companies/{id}/first-admin", company.id()).param("firstAdminEmail", email)
				.param("firstAdminName", "Sneaky")
				.with(user(customer))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(usersOf(company)).isOne();
	}

	private int usersOf(CompanySummary company) {
		return this.jdbc.queryForObject("select count(*) from app_user where company_id = ?", Integer.class,
				company.id());
	}

}
