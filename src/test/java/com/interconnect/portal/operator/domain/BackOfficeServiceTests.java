package com.interconnect.portal.operator.domain;

import java.time.Duration;
import java.util.Map;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SupportedBy;
import com.interconnect.portal.billing.BillingDetails;
import com.interconnect.portal.billing.domain.BillingMarketService;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Forbidden;
import com.interconnect.portal.shared.InvalidInputException;
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
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@SpringBootTest
class BackOfficeServiceTests {

	@Autowired
	BackOfficeService backOffice;

	@Autowired
	Accounts accounts;

	@Autowired
	UserService users;

	@Autowired
	SupportDetails support;

	@Autowired
	BillingMarketService billing;

	@Autowired
	JdbcTemplate jdbc;

	Fixtures fixtures;

	CurrentUser sales;

	CompanySummary partner;

	@BeforeEach
	void setUp() {
		TestSmtp.start(); // first admins are invited by email
		this.fixtures = new Fixtures(this.accounts, this.users);
		this.sales = this.fixtures.user(this.fixtures.operator(), Role.SALES);
		this.partner = this.fixtures.company(AccountType.PARTNER, SupportedBy.OPERATOR);
	}

	@Test
	void salesCreatesCompaniesOfEveryTypeThatSection1Allows() {
		assertCreated(AccountType.DIRECT, SupportedBy.OPERATOR, null);
		assertCreated(AccountType.PARTNER, SupportedBy.OPERATOR, null);
		assertCreated(AccountType.PARTNER, SupportedBy.PARTNER, null);
		assertCreated(AccountType.MANAGED, SupportedBy.OPERATOR, this.partner.id());
		assertCreated(AccountType.MANAGED, SupportedBy.PARTNER, this.partner.id());
		assertCreated(AccountType.DISTRIBUTOR, null, null);
	}

	@Test
	void impossibleCombinationsAreRefusedBesideTheirFieldAndStoreNothing() {
		CompanySummary direct = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		assertRefused(AccountType.DIRECT, SupportedBy.PARTNER, null, "supportedBy",
				"A direct company is always supported by the operator.");
		assertRefused(AccountType.PARTNER, null, null, "supportedBy", "A partner is supported by the operator");
		assertRefused(AccountType.DISTRIBUTOR, SupportedBy.OPERATOR, null, "supportedBy",
				"A distributor is supported by neither");
		assertRefused(AccountType.MANAGED, SupportedBy.OPERATOR, null, "parentPartnerId",
				"Choose the partner that manages this company.");
		assertRefused(AccountType.DIRECT, SupportedBy.OPERATOR, this.partner.id(), "parentPartnerId",
				"Only a managed company has a parent partner");
		assertRefused(AccountType.MANAGED, SupportedBy.OPERATOR, direct.id(), "parentPartnerId",
				"Choose a partner from the list.");
		assertRefused(AccountType.MANAGED, SupportedBy.OPERATOR, -1L, "parentPartnerId",
				"Choose a partner from the list.");
		assertRefused(AccountType.OPERATOR, null, null, "accountType",
				"Choose Direct, Partner, Managed or Distributor.");
	}

	@Test
	void aTakenNameOrFirstAdminEmailIsRefusedAndNothingIsStored() {
		CompanySummary existing = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		CurrentUser someone = this.fixtures.user(existing, Role.READ_ONLY);
		assertThatThrownBy(() -> this.backOffice.create(this.sales,
				new CompanyRequest(existing.name().toLowerCase(), AccountType.DIRECT, SupportedBy.OPERATOR, null,
						TestData.email("signup"), someone.email(), "Sam")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.fieldErrors()).containsOnlyKeys("name", "firstAdminEmail"));

		String name = TestData.unique("Half Admin");
		assertThatThrownBy(() -> this.backOffice.create(this.sales,
				new CompanyRequest(name, AccountType.DIRECT, SupportedBy.OPERATOR, null, TestData.email("signup"),
						TestData.email("admin"), " ")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.fieldErrors()).containsOnlyKeys("firstAdminName"));
		assertThat(this.accounts.findByName(name)).isEmpty();
	}

	@Test
	void theFirstAdminIsInvitedAsCompanyAdmin() {
		String firstAdmin = TestData.email("bo-first");
		CompanySummary created = this.backOffice.create(this.sales, new CompanyRequest(TestData.unique("With Admin"),
				AccountType.DIRECT, SupportedBy.OPERATOR, null, TestData.email("signup"), firstAdmin, "Fay First"));

		assertThat(this.jdbc.queryForMap("select company_id, role, status from app_user where email = ?", firstAdmin))
			.containsEntry("company_id", created.id())
			.containsEntry("role", "COMPANY_ADMIN")
			.containsEntry("status", "INVITED");
		await().atMost(Duration.ofSeconds(20)).until(() -> TestSmtp.messagesTo(firstAdmin).size() == 1);
		assertThat(this.backOffice.page(this.sales, created.id()).users().getContent()).singleElement()
			.satisfies((user) -> assertThat(user.email()).isEqualTo(firstAdmin));
	}

	@Test
	void searchFindsCompaniesByPartOfTheirNameWhateverTheCaseAndFiltersByType() {
		String marker = TestData.unique("Zq").replace(" ", "");
		CompanySummary managed = this.backOffice.create(this.sales, new CompanyRequest("Alpha " + marker + " Ltd",
				AccountType.MANAGED, SupportedBy.PARTNER, this.partner.id(), TestData.email("signup"), null, null));
		CompanySummary direct = this.backOffice.create(this.sales, new CompanyRequest("Beta " + marker,
				AccountType.DIRECT, SupportedBy.OPERATOR, null, TestData.email("signup"), null, null));

		assertThat(this.backOffice.search(this.sales, marker.toUpperCase(), null, 0).getContent())
			.extracting((row) -> row.company().id())
			.containsExactly(managed.id(), direct.id());
		assertThat(this.backOffice.search(this.sales, marker, AccountType.MANAGED, 0).getContent()).singleElement()
			.satisfies((row) -> {
				assertThat(row.company().id()).isEqualTo(managed.id());
				assertThat(row.parentPartner().id()).isEqualTo(this.partner.id());
				assertThat(row.setup().missing()).extracting("name").containsExactly("Billing market");
			});
		assertThat(this.backOffice.search(this.sales, "%", null, 0).getContent())
			.noneMatch((row) -> row.company().id() == direct.id());
	}

	@Test
	void customersAreRefused() {
		CompanySummary direct = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		CurrentUser admin = this.fixtures.user(direct, Role.COMPANY_ADMIN);
		assertThatThrownBy(() -> this.backOffice.search(admin, null, null, 0)).isInstanceOf(Forbidden.class)
			.hasMessageContaining("Sales team and Operator Admins");
		assertThatThrownBy(() -> this.backOffice.page(admin, direct.id())).isInstanceOf(Forbidden.class);
		assertThatThrownBy(() -> this.backOffice.create(admin, new CompanyRequest(TestData.unique("No"),
				AccountType.DIRECT, SupportedBy.OPERATOR, null, TestData.email("signup"), null, null)))
			.isInstanceOf(Forbidden.class);
	}

	@Test
	void salesCompletesTheSetupOfANewCompany() {
		CompanySummary created = this.backOffice.create(this.sales, new CompanyRequest(TestData.unique("Setup Co"),
				AccountType.DIRECT, SupportedBy.OPERATOR, null, "owner@setup.example", null, null));
		CompanyPage page = this.backOffice.page(this.sales, created.id());
		assertThat(page.setup().complete()).isFalse();
		assertThat(page.setup().missing()).extracting("name")
			.containsExactly("Technical support details", "Billing market");
		assertThat(page.setup().items()).allMatch((item) -> item.canFix().test(this.sales));

		this.support.save(this.sales, created.id(), "+61 2 9876 5432", "noc@setup.example");
		this.billing.add(this.sales, created.id(), new BillingDetails("AU", "Pat Payer", "(02) 9876 5432",
				"accounts@setup.example", "1 Example Street", null, "Sydney", null, "2000", null, null));

		assertThat(this.backOffice.page(this.sales, created.id()).setup().complete()).isTrue();
	}

	private void assertCreated(AccountType type, SupportedBy supportedBy, Long parentId) {
		String signup = TestData.email("signup");
		CompanySummary created = this.backOffice.create(this.sales,
				new CompanyRequest(TestData.unique(type.label()), type, supportedBy, parentId, signup, null, null));
		Map<String, Object> row = this.jdbc.queryForMap(
				"select account_type, supported_by, parent_partner_id, signup_email from company where id = ?",
				created.id());
		assertThat(row.get("account_type")).isEqualTo(type.name());
		assertThat(row.get("supported_by")).isEqualTo((supportedBy != null) ? supportedBy.name() : null);
		assertThat(row.get("parent_partner_id")).isEqualTo(parentId);
		assertThat(row.get("signup_email")).isEqualTo(signup);
	}

	private void assertRefused(AccountType type, SupportedBy supportedBy, Long parentId, String field, String message) {
		String name = TestData.unique("Refused");
		assertThatThrownBy(() -> this.backOffice.create(this.sales,
				new CompanyRequest(name, type, supportedBy, parentId, TestData.email("signup"), null, null)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.fieldErrors()).containsOnlyKeys(field)
						.hasEntrySatisfying(field, (text) -> assertThat(text).contains(message)));
		assertThat(this.accounts.findByName(name)).as("%s stored", name).isEmpty();
	}

}
