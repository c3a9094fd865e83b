package com.interconnect.portal.partner.domain;

import java.time.Duration;
import java.util.List;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SupportedBy;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Forbidden;
import com.interconnect.portal.shared.InvalidInputException;
import com.interconnect.portal.shared.NotFoundException;
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
class ManagedAccountsServiceTests {

	@Autowired
	ManagedAccountsService managedAccounts;

	@Autowired
	SupportDetails support;

	@Autowired
	Accounts accounts;

	@Autowired
	UserService users;

	@Autowired
	JdbcTemplate jdbc;

	Fixtures fixtures;

	CompanySummary partner;

	CurrentUser admin;

	@BeforeEach
	void setUp() {
		TestSmtp.start(); // first admins are invited by email
		this.fixtures = new Fixtures(this.accounts, this.users);
		this.partner = this.fixtures.company(AccountType.PARTNER, SupportedBy.OPERATOR);
		this.admin = this.fixtures.user(this.partner, Role.COMPANY_ADMIN);
	}

	@Test
	void aPartnerAdminCreatesAManagedCompanySupportedByTheOperatorWithItsDetailsAndFirstAdmin() {
		String name = TestData.unique("Managed Op");
		String firstAdmin = TestData.email("first-admin");

		CompanySummary created = this.managedAccounts.create(this.admin, new NewManagedAccount(name,
				SupportedBy.OPERATOR, firstAdmin, "Fiona First", "+61 2 9876 5432", "noc@test.example"));

		assertThat(this.jdbc.queryForMap(
				"select name, account_type, supported_by, parent_partner_id, signup_email from company where id = ?",
				created.id()))
			.containsEntry("name", name)
			.containsEntry("account_type", "MANAGED")
			.containsEntry("supported_by", "OPERATOR")
			.containsEntry("parent_partner_id", this.partner.id())
			.containsEntry("signup_email", firstAdmin);
		assertThat(this.jdbc.queryForMap("select phone, email from support_details where company_id = ?", created.id()))
			.containsEntry("phone", "+61298765432")
			.containsEntry("email", "noc@test.example");
		assertThat(this.jdbc.queryForMap("select company_id, role, status, full_name from app_user where email = ?",
				firstAdmin))
			.containsEntry("company_id", created.id())
			.containsEntry("role", "COMPANY_ADMIN")
			.containsEntry("status", "INVITED")
			.containsEntry("full_name", "Fiona First");
		await().atMost(Duration.ofSeconds(20)).until(() -> TestSmtp.messagesTo(firstAdmin).size() == 1);
		assertThat(this.accounts.setupStatusOf(created.id()).missing()).extracting("name")
			.containsExactly("Billing market");
	}

	@Test
	void invalidSupportDetailsStoreNothingAtAll() {
		String name = TestData.unique("Never Managed");
		String firstAdmin = TestData.email("never-admin");

		assertThatThrownBy(() -> this.managedAccounts.create(this.admin,
				new NewManagedAccount(name, SupportedBy.OPERATOR, firstAdmin, "Nina Never", "12345",
						"noc@elsewhere.example")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.fieldErrors()).containsOnlyKeys("supportPhone", "supportEmail"));

		assertThat(this.accounts.findByName(name)).isEmpty();
		assertThat(count("select count(*) from app_user where email = ?", firstAdmin)).isZero();
		assertThat(count("select count(*) from outbound_email where recipient = ?", firstAdmin)).isZero();
	}

	@Test
	void missingSupportDetailsAreRequiredForACompanySupportedByTheOperator() {
		String name = TestData.unique("Managed No Details");

		assertThatThrownBy(() -> this.managedAccounts.create(this.admin,
				new NewManagedAccount(name, SupportedBy.OPERATOR, TestData.email("admin"), "Ann", "", "")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.fieldErrors()).containsOnlyKeys("supportPhone", "supportEmail"));
		assertThat(this.accounts.findByName(name)).isEmpty();
	}

	@Test
	void aCompanySupportedByThePartnerNeedsNoSupportDetailsAndShowsThePartners() {
		this.support.save(this.admin, this.partner.id(), "+61 2 9876 5432", "help@test.example");

		CompanySummary created = this.managedAccounts.create(this.admin, new NewManagedAccount(
				TestData.unique("Managed Partner"), SupportedBy.PARTNER, TestData.email("admin"), "Pat", null, null));

		assertThat(count("select count(*) from support_details where company_id = ?", created.id())).isZero();
		assertThat(this.accounts.setupStatusOf(created.id()).items()).extracting("name")
			.containsExactly("Billing market");
		ManagedAccountsPage page = this.managedAccounts.list(this.admin, created.name(), 0);
		assertThat(page.partnerDetails().email()).isEqualTo("help@test.example");
		assertThat(page.accounts().getContent()).singleElement().satisfies((row) -> {
			assertThat(row.usesPartnerDetails()).isTrue();
			assertThat(row.details()).isNull();
			assertThat(row.canEditDetails()).isFalse();
		});
	}

	@Test
	void aTakenNameOrEmailIsShownBesideItsFieldAndNothingIsStored() {
		CompanySummary existing = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		CurrentUser someone = this.fixtures.user(existing, Role.READ_ONLY);
		long companies = count("select count(*) from company where parent_partner_id = ?", this.partner.id());

		assertThatThrownBy(() -> this.managedAccounts.create(this.admin,
				new NewManagedAccount(existing.name().toUpperCase(), SupportedBy.PARTNER, someone.email(), "Sam", null,
						null)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.fieldErrors()).containsOnlyKeys("name", "firstAdminEmail"));
		assertThat(count("select count(*) from company where parent_partner_id = ?", this.partner.id()))
			.isEqualTo(companies);
	}

	@Test
	void onlyTheCompanyAdminsOfAPartnerMayManageAccounts() {
		CurrentUser technicalAdmin = this.fixtures.user(this.partner, Role.TECHNICAL_ADMIN);
		CompanySummary direct = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		CurrentUser directAdmin = this.fixtures.user(direct, Role.COMPANY_ADMIN);
		NewManagedAccount request = new NewManagedAccount(TestData.unique("Refused"), SupportedBy.PARTNER,
				TestData.email("admin"), "Rita", null, null);

		for (CurrentUser refused : List.of(technicalAdmin, directAdmin)) {
			assertThatThrownBy(() -> this.managedAccounts.list(refused, null, 0)).isInstanceOf(Forbidden.class);
			assertThatThrownBy(() -> this.managedAccounts.create(refused, request)).isInstanceOf(Forbidden.class);
		}
		assertThatThrownBy(() -> this.managedAccounts.list(directAdmin, null, 0))
			.hasMessageContaining("Managed Accounts are for partner companies");
		assertThatThrownBy(() -> this.managedAccounts.list(technicalAdmin, null, 0))
			.hasMessageContaining("Only a Company Admin");
		assertThat(this.accounts.findByName(request.name())).isEmpty();
	}

	@Test
	void theListShowsOnlyTheOwnManagedCompaniesAndFindsThemByPartOfTheirName() {
		CompanySummary own1 = this.fixtures.managedBy(this.partner, SupportedBy.OPERATOR);
		CompanySummary own2 = this.fixtures.managedBy(this.partner, SupportedBy.PARTNER);
		CompanySummary otherPartner = this.fixtures.company(AccountType.PARTNER, SupportedBy.PARTNER);
		this.fixtures.managedBy(otherPartner, SupportedBy.OPERATOR);

		ManagedAccountsPage page = this.managedAccounts.list(this.admin, null, 0);

		assertThat(page.partner().id()).isEqualTo(this.partner.id());
		assertThat(page.accounts().getContent()).extracting((row) -> row.company().id())
			.containsExactlyInAnyOrder(own1.id(), own2.id());
		String part = own1.name().substring(own1.name().length() - 6).toUpperCase();
		assertThat(this.managedAccounts.list(this.admin, part, 0).accounts().getContent())
			.extracting((row) -> row.company().id())
			.containsExactly(own1.id());
		assertThat(page.accounts().getContent()).filteredOn((row) -> row.company().id() == own1.id())
			.singleElement()
			.satisfies((row) -> {
				assertThat(row.canEditDetails()).isTrue();
				assertThat(row.setup().complete()).isFalse();
			});
	}

	@Test
	void anotherPartnersManagedCompanyIsNotFound() {
		CompanySummary otherPartner = this.fixtures.company(AccountType.PARTNER, SupportedBy.OPERATOR);
		CompanySummary theirs = this.fixtures.managedBy(otherPartner, SupportedBy.OPERATOR);
		CompanySummary direct = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		CompanySummary own = this.fixtures.managedBy(this.partner, SupportedBy.OPERATOR);

		assertThatThrownBy(() -> this.managedAccounts.get(this.admin, theirs.id()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.managedAccounts.get(this.admin, direct.id()))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.managedAccounts.get(this.admin, own.id()).account().company().id()).isEqualTo(own.id());
	}

	private long count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Long.class, args);
	}

}
