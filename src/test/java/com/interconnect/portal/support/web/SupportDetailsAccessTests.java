package com.interconnect.portal.support.web;

import java.util.List;
import java.util.Map;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SupportedBy;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.Fixtures;
import com.interconnect.portal.support.SupportDetails;
import com.interconnect.portal.user.domain.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * product.md §2's "who may view and edit" table through the whole stack (security,
 * controller, service, template, PostgreSQL): what each kind of user gets at Company &gt;
 * Technical Support Details, and whether their save is stored.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SupportDetailsAccessTests {

	private static final String SAVE_BUTTON = "<button type=\"submit\" class=\"button\">Save</button>";

	/** What the details of a company hold before a test's own save. */
	private static final String OLD_PHONE = "+1 212 555 0100";

	private static final String OLD_PHONE_E164 = "+12125550100";

	/** libphonenumber's international format, as the page shows it. */
	private static final String OLD_PHONE_SHOWN = "+1 212-555-0100";

	private static final String OLD_EMAIL = "noc@test.example";

	/**
	 * What a test's save would store: valid for every Fixtures company without a market.
	 */
	private static final String NEW_PHONE = "+44 20 7946 0018";

	private static final String NEW_PHONE_E164 = "+442079460018";

	private static final String NEW_EMAIL = "support@noc.test.example";

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

	CurrentUser sales;

	@BeforeEach
	void setUp() {
		this.fixtures = new Fixtures(this.accounts, this.users);
		this.sales = this.fixtures.user(this.fixtures.operator(), Role.SALES);
	}

	/**
	 * GET /company/support-details: FORM (200 with the form), OWN (200, the own company's
	 * details read-only), PARTNER (200, the parent partner's details read-only) or 403.
	 * POST of valid details to the user's own company: 302 (stored) or 403 (nothing
	 * stored).
	 */
	@ParameterizedTest(name = "{0} supported by {1}, {2}: page {3}, save to own company {4}")
	@CsvSource(delimiter = '|', textBlock = """
			# company   | supported by | role              | own page | save own company
			DIRECT      | OPERATOR     | COMPANY_ADMIN     | FORM     | 302
			DIRECT      | OPERATOR     | TECHNICAL_ADMIN   | OWN      | 403
			DIRECT      | OPERATOR     | TECHNICAL_CONTACT | OWN      | 403
			DIRECT      | OPERATOR     | FINANCE           | OWN      | 403
			DIRECT      | OPERATOR     | READ_ONLY         | OWN      | 403
			PARTNER     | PARTNER      | COMPANY_ADMIN     | FORM     | 302
			PARTNER     | PARTNER      | TECHNICAL_ADMIN   | OWN      | 403
			PARTNER     | PARTNER      | TECHNICAL_CONTACT | OWN      | 403
			PARTNER     | PARTNER      | FINANCE           | OWN      | 403
			PARTNER     | PARTNER      | READ_ONLY         | OWN      | 403
			PARTNER     | OPERATOR     | COMPANY_ADMIN     | FORM     | 302
			PARTNER     | OPERATOR     | TECHNICAL_ADMIN   | OWN      | 403
			PARTNER     | OPERATOR     | TECHNICAL_CONTACT | OWN      | 403
			PARTNER     | OPERATOR     | FINANCE           | OWN      | 403
			PARTNER     | OPERATOR     | READ_ONLY         | OWN      | 403
			MANAGED     | PARTNER      | COMPANY_ADMIN     | PARTNER  | 403
			MANAGED     | PARTNER      | TECHNICAL_ADMIN   | PARTNER  | 403
			MANAGED     | PARTNER      | TECHNICAL_CONTACT | PARTNER  | 403
			MANAGED     | PARTNER      | FINANCE           | PARTNER  | 403
			MANAGED     | PARTNER      | READ_ONLY         | PARTNER  | 403
			MANAGED     | OPERATOR     | COMPANY_ADMIN     | 403      | 403
			MANAGED     | OPERATOR     | TECHNICAL_ADMIN   | 403      | 403
			MANAGED     | OPERATOR     | TECHNICAL_CONTACT | 403      | 403
			MANAGED     | OPERATOR     | FINANCE           | 403      | 403
			MANAGED     | OPERATOR     | READ_ONLY         | 403      | 403
			DISTRIBUTOR | -            | COMPANY_ADMIN     | 403      | 403
			DISTRIBUTOR | -            | TECHNICAL_ADMIN   | 403      | 403
			DISTRIBUTOR | -            | TECHNICAL_CONTACT | 403      | 403
			DISTRIBUTOR | -            | FINANCE           | 403      | 403
			DISTRIBUTOR | -            | READ_ONLY         | 403      | 403
			OPERATOR    | -            | SALES             | 403      | -
			OPERATOR    | -            | OPERATOR_ADMIN    | 403      | -
			""")
	void theOwnPageAndSavingTheOwnCompany(String type, String supportedBy, String role, String ownPage, String saveOwn)
			throws Exception {
		AccountType accountType = AccountType.valueOf(type);
		CompanySummary partner = null;
		CompanySummary company;
		if (accountType == AccountType.OPERATOR) {
			company = this.fixtures.operator();
		}
		else if (accountType == AccountType.MANAGED) {
			partner = this.fixtures.company(AccountType.PARTNER, SupportedBy.PARTNER);
			company = this.fixtures.managedBy(partner, SupportedBy.valueOf(supportedBy));
		}
		else {
			company = this.fixtures.company(accountType,
					"-".equals(supportedBy) ? null : SupportedBy.valueOf(supportedBy));
		}
		boolean ownDetailsShown = accountType == AccountType.DIRECT || accountType == AccountType.PARTNER;
		if (ownDetailsShown) {
			this.support.save(this.sales, company.id(), OLD_PHONE, OLD_EMAIL);
		}
		if (partner != null) {
			this.support.save(this.sales, partner.id(), "+61 2 9876 5432", "partner-noc@test.example");
		}
		CurrentUser actor = this.fixtures.user(company, Role.valueOf(role));

		ResultActions page = this.mvc.perform(get("/company/support-details").with(user(actor)));
		String html = page.andReturn().getResponse().getContentAsString();
		int status = page.andReturn().getResponse().getStatus();
		switch (ownPage) {
			case "FORM" -> {
				assertThat(status).isEqualTo(200);
				assertThat(html).contains("<h1>Technical Support Details</h1>")
					.contains(SAVE_BUTTON)
					.contains("action=\"/companies/" + company.id() + "/support-details\"")
					.contains("<label for=\"supportPhone\">Support Phone</label>")
					.contains("<label for=\"supportEmail\">Support Email</label>")
					.contains("value=\"" + OLD_PHONE_SHOWN + "\"")
					.contains("value=\"" + OLD_EMAIL + "\"");
			}
			case "OWN" -> {
				assertThat(status).isEqualTo(200);
				assertReadOnly(html, company, OLD_PHONE_SHOWN, OLD_EMAIL);
				assertThat(html).contains("Only a Company Admin can change these details.");
			}
			case "PARTNER" -> {
				assertThat(status).isEqualTo(200);
				assertReadOnly(html, partner, "+61 2 9876 5432", "partner-noc@test.example");
				assertThat(html).contains("These are the technical support details of your partner " + partner.name());
			}
			case "403" -> {
				assertThat(status).isEqualTo(403);
				assertThat(html).contains("You can't open this page").doesNotContain(SAVE_BUTTON);
			}
			default -> throw new IllegalArgumentException(ownPage);
		}

		if ("-".equals(saveOwn)) {
			return;
		}
		Map<String, Object> before = storedRow(company.id());
		int saveStatus = save(actor, company.id()).getResponse().getStatus();
		if ("302".equals(saveOwn)) {
			assertThat(saveStatus).isEqualTo(302);
			assertThat(storedRow(company.id())).containsEntry("phone", NEW_PHONE_E164)
				.containsEntry("email", NEW_EMAIL)
				.containsEntry("updated_by_name", actor.fullName());
		}
		else {
			assertThat(saveStatus).isEqualTo(Integer.parseInt(saveOwn));
			assertThat(storedRow(company.id())).isEqualTo(before);
			if (ownDetailsShown) {
				assertThat(before).containsEntry("phone", OLD_PHONE_E164);
			}
			else {
				assertThat(before).isNull();
			}
		}
		if (partner != null) {
			// supported by the partner: they view its details (403 with the reason);
			// supported by the operator: they may not even see them (404)
			int expected = (company.supportedBy() == SupportedBy.PARTNER) ? 403 : 404;
			assertThat(save(actor, partner.id()).getResponse().getStatus())
				.as("a managed company's user saving its partner's details")
				.isEqualTo(expected);
			assertThat(storedRow(partner.id())).containsEntry("phone", "+61298765432");
		}
	}

	@Test
	void aPartnerCompanyAdminEditsAManagedCompanySupportedByTheOperator() throws Exception {
		CompanySummary partner = this.fixtures.company(AccountType.PARTNER, SupportedBy.PARTNER);
		CompanySummary managed = this.fixtures.managedBy(partner, SupportedBy.OPERATOR);
		CurrentUser partnerAdmin = this.fixtures.user(partner, Role.COMPANY_ADMIN);

		String form = this.mvc.perform(get("/companies/" + managed.id() + "/support-details").with(user(partnerAdmin)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains(SAVE_BUTTON).contains(managed.name());

		MvcResult saved = save(partnerAdmin, managed.id());
		assertThat(saved.getResponse().getStatus()).isEqualTo(302);
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/companies/" + managed.id() + "/support-details");
		assertThat(storedRow(managed.id())).containsEntry("phone", NEW_PHONE_E164)
			.containsEntry("email", NEW_EMAIL)
			.containsEntry("updated_by_name", partnerAdmin.fullName());
	}

	@Test
	void aPartnerCompanyAdminOnlyViewsAManagedCompanySupportedByThePartner() throws Exception {
		CompanySummary partner = this.fixtures.company(AccountType.PARTNER, SupportedBy.PARTNER);
		CompanySummary managed = this.fixtures.managedBy(partner, SupportedBy.PARTNER);
		CurrentUser partnerAdmin = this.fixtures.user(partner, Role.COMPANY_ADMIN);
		this.support.save(this.sales, managed.id(), OLD_PHONE, OLD_EMAIL);

		MvcResult page = this.mvc
			.perform(get("/companies/" + managed.id() + "/support-details").with(user(partnerAdmin)))
			.andReturn();
		assertThat(page.getResponse().getStatus()).isEqualTo(200);
		assertReadOnly(page.getResponse().getContentAsString(), managed, OLD_PHONE_SHOWN, OLD_EMAIL);

		MvcResult refused = save(partnerAdmin, managed.id());
		assertThat(refused.getResponse().getStatus()).isEqualTo(403);
		assertThat(refused.getResponse().getContentAsString()).contains("You can't open this page");
		assertThat(storedRow(managed.id())).containsEntry("phone", OLD_PHONE_E164).containsEntry("email", OLD_EMAIL);
	}

	@Test
	void aPartnersOtherRolesGetNotFoundForItsManagedCompanies() throws Exception {
		CompanySummary partner = this.fixtures.company(AccountType.PARTNER, SupportedBy.OPERATOR);
		CompanySummary managedByOperator = this.fixtures.managedBy(partner, SupportedBy.OPERATOR);
		CompanySummary managedByPartner = this.fixtures.managedBy(partner, SupportedBy.PARTNER);
		CurrentUser reader = this.fixtures.user(partner, Role.READ_ONLY);

		for (CompanySummary managed : List.of(managedByOperator, managedByPartner)) {
			MvcResult page = this.mvc.perform(get("/companies/" + managed.id() + "/support-details").with(user(reader)))
				.andReturn();
			assertThat(page.getResponse().getStatus()).isEqualTo(404);
			assertThat(page.getResponse().getContentAsString()).contains("Page not found")
				.doesNotContain(managed.name());
			assertThat(save(reader, managed.id()).getResponse().getStatus()).isEqualTo(404);
			assertThat(storedRow(managed.id())).isNull();
		}
	}

	@Test
	void salesAndOperatorAdminsEditEveryCompany() throws Exception {
		CompanySummary operator = this.fixtures.operator();
		CompanySummary partner = this.fixtures.company(AccountType.PARTNER, SupportedBy.PARTNER);
		List<CompanySummary> companies = List.of(this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR),
				partner, this.fixtures.company(AccountType.PARTNER, SupportedBy.OPERATOR),
				this.fixtures.managedBy(partner, SupportedBy.OPERATOR),
				this.fixtures.managedBy(partner, SupportedBy.PARTNER),
				this.fixtures.company(AccountType.DISTRIBUTOR, null));
		for (Role role : List.of(Role.SALES, Role.OPERATOR_ADMIN)) {
			CurrentUser staff = this.fixtures.user(operator, role);
			for (CompanySummary company : companies) {
				String form = this.mvc.perform(get("/companies/" + company.id() + "/support-details").with(user(staff)))
					.andReturn()
					.getResponse()
					.getContentAsString();
				assertThat(form).as("%s opening %s", role, company.name())
					.contains(SAVE_BUTTON)
					.contains(company.name());

				MvcResult saved = save(staff, company.id());
				assertThat(saved.getResponse().getStatus()).as("%s saving %s", role, company.name()).isEqualTo(302);
				assertThat(storedRow(company.id())).containsEntry("phone", NEW_PHONE_E164)
					.containsEntry("email", NEW_EMAIL);
			}
		}
	}

	@Test
	void aUserOfOneCompanyGetsNotFoundForAnotherCompanysIdAndNothingIsStored() throws Exception {
		CompanySummary own = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		CompanySummary other = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		CompanySummary otherWithDetails = this.fixtures.company(AccountType.PARTNER, SupportedBy.OPERATOR);
		this.support.save(this.sales, otherWithDetails.id(), OLD_PHONE, OLD_EMAIL);
		CurrentUser admin = this.fixtures.user(own, Role.COMPANY_ADMIN);

		for (CompanySummary target : List.of(other, otherWithDetails)) {
			MvcResult page = this.mvc.perform(get("/companies/" + target.id() + "/support-details").with(user(admin)))
				.andReturn();
			assertThat(page.getResponse().getStatus()).isEqualTo(404);
			assertThat(page.getResponse().getContentAsString()).contains("Page not found")
				.doesNotContain(target.name())
				.doesNotContain(OLD_EMAIL);
			MvcResult refused = save(admin, target.id());
			assertThat(refused.getResponse().getStatus()).isEqualTo(404);
			assertThat(refused.getResponse().getContentAsString()).contains("Page not found");
		}
		assertThat(storedRow(other.id())).isNull();
		assertThat(storedRow(otherWithDetails.id())).containsEntry("phone", OLD_PHONE_E164)
			.containsEntry("email", OLD_EMAIL);
		assertThat(storedRow(own.id())).isNull();
	}

	@Test
	void savingWithoutTheCsrfTokenIsRefused() throws Exception {
		CompanySummary company = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		CurrentUser admin = this.fixtures.user(company, Role.COMPANY_ADMIN);
		int status = this.mvc
			.perform(post("/companies/" + company.id() + "/support-details").with(user(admin))
				.param("supportPhone", NEW_PHONE)
				.param("supportEmail", NEW_EMAIL))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(403);
		assertThat(storedRow(company.id())).isNull();
	}

	private static void assertReadOnly(String html, CompanySummary whose, String phone, String email) {
		assertThat(html).contains("<h1>Technical Support Details</h1>")
			.contains(whose.name())
			.contains("<dl class=\"facts\">")
			.contains("<dd>" + phone + "</dd>")
			.contains("<dd>" + email + "</dd>")
			.contains("id=\"last-updated\"")
			.doesNotContain(SAVE_BUTTON)
			.doesNotContain("/support-details\" method=\"post\"")
			.doesNotContain("name=\"supportPhone\"");
	}

	private MvcResult save(CurrentUser actor, long companyId) throws Exception {
		return this.mvc
			.perform(post("/companies/" + companyId + "/support-details").with(user(actor))
				.with(csrf())
				.param("supportPhone", NEW_PHONE)
				.param("supportEmail", NEW_EMAIL))
			.andReturn();
	}

	/** The stored row (phone, email, updated_by_name), or null when there is none. */
	private Map<String, Object> storedRow(long companyId) {
		List<Map<String, Object>> rows = this.jdbc
			.queryForList("select phone, email, updated_by_name from support_details where company_id = ?", companyId);
		return rows.isEmpty() ? null : rows.get(0);
	}

}
