package com.interconnect.portal.web;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SupportedBy;
import com.interconnect.portal.billing.BillingDetails;
import com.interconnect.portal.billing.domain.BillingMarketService;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.Fixtures;
import com.interconnect.portal.support.domain.SupportDetailsService;
import com.interconnect.portal.user.domain.UserService;
import java.util.List;

import com.interconnect.portal.ordering.ServiceState;
import com.interconnect.portal.ordering.domain.ServicesFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The setup checklist of product.md §5 on the dashboard: links for who can fix an item, a
 * name for who can't.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DashboardTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	UserService users;

	@Autowired
	BillingMarketService billing;

	@Autowired
	SupportDetailsService support;

	@Autowired
	ApplicationContext context;

	Fixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new Fixtures(this.accounts, this.users);
	}

	@Test
	void aNewDirectCompanysAdminGetsLinksToEachMissingItem() throws Exception {
		CompanySummary company = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		CurrentUser admin = this.fixtures.user(company, Role.COMPANY_ADMIN);
		this.mvc.perform(get("/").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Complete your account setup")))
			.andExpect(content().string(containsString(
					"href=\"/companies/" + company.id() + "/support-details\">Add technical support details</a>")))
			.andExpect(content().string(containsString(
					"href=\"/companies/" + company.id() + "/billing-markets/new\">Add billing market</a>")));
	}

	@Test
	void usersWhoCannotFixAnItemAreToldWhoCan() throws Exception {
		CompanySummary company = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		CurrentUser finance = this.fixtures.user(company, Role.FINANCE);
		this.mvc.perform(get("/").with(user(finance)))
			.andExpect(content().string(containsString(
					"Technical support details: ask a Company Admin of " + company.name() + " to add it.")))
			.andExpect(content().string(containsString("Add billing market</a>")));
	}

	@Test
	void aManagedCompanyIsToldItsPartnerBillsIt() throws Exception {
		CompanySummary partner = this.fixtures.company(AccountType.PARTNER, SupportedBy.PARTNER);
		CompanySummary managed = this.fixtures.managedBy(partner, SupportedBy.PARTNER);
		CurrentUser admin = this.fixtures.user(managed, Role.COMPANY_ADMIN);
		this.mvc.perform(get("/").with(user(admin)))
			.andExpect(content().string(containsString("Billing market: ask your partner " + partner.name())))
			.andExpect(content().string(not(containsString("Technical support details"))));
	}

	@Test
	void aCompanyWithLiveServicesIsPromptedButNotBlocked() throws Exception {
		CompanySummary company = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		CurrentUser admin = this.fixtures.user(company, Role.COMPANY_ADMIN);
		ServicesFixtures services = new ServicesFixtures(this.context);
		long port = services.port(company.id(), "Live port");
		services.provisionUntil(ServiceState.LIVE, List.of(port));
		this.mvc.perform(get("/").with(user(admin)))
			.andExpect(content().string(containsString("Your services are running and you can keep ordering")))
			.andExpect(content().string(containsString("Add technical support details</a>")));
	}

	@Test
	void theChecklistGoesAwayOnceSetupIsComplete() throws Exception {
		CompanySummary company = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		CurrentUser admin = this.fixtures.user(company, Role.COMPANY_ADMIN);
		this.billing.add(admin, company.id(), new BillingDetails("AU", "Pat Payer", "(02) 9876 5432",
				"accounts@billing.example", "1 Example Street", null, "Sydney", null, "2000", null, null));
		this.mvc.perform(get("/").with(user(admin)))
			.andExpect(content().string(containsString("✓ Billing market")))
			.andExpect(content().string(containsString("Add technical support details")));

		String domain = company.signupEmail().substring(company.signupEmail().indexOf('@') + 1);
		this.support.save(admin, company.id(), "02 9876 5432", "noc@" + domain);
		this.mvc.perform(get("/").with(user(admin)))
			.andExpect(content().string(not(containsString("Complete your account setup"))));
	}

}
