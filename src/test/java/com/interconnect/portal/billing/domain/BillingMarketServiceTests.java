package com.interconnect.portal.billing.domain;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SupportedBy;
import com.interconnect.portal.billing.BillingDetails;
import com.interconnect.portal.billing.BillingMarketAdded;
import com.interconnect.portal.billing.BillingMarketChanged;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Forbidden;
import com.interconnect.portal.shared.InvalidInputException;
import com.interconnect.portal.shared.NotFoundException;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.Fixtures;
import com.interconnect.portal.user.domain.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@RecordApplicationEvents
class BillingMarketServiceTests {

	@Autowired
	BillingMarketService billing;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEvents events;

	@Autowired
	Accounts accounts;

	@Autowired
	UserService users;

	Fixtures fixtures;

	CompanySummary company;

	CurrentUser admin;

	@BeforeEach
	void setUp() {
		this.fixtures = new Fixtures(this.accounts, this.users);
		this.company = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		this.admin = this.fixtures.user(this.company, Role.COMPANY_ADMIN);
	}

	@Test
	void aCompanyAdminEnablesAMarketWithANationalNumberStoredInE164() {
		BillingMarketView added = this.billing.add(this.admin, this.company.id(), details("AU", "(02) 9876 5432"));

		assertThat(added.contactPhone()).isEqualTo("+61 2 9876 5432");
		assertThat(this.jdbc.queryForObject("select contact_phone from billing_market where id = ?", String.class,
				added.id()))
			.isEqualTo("+61298765432");
		assertThat(this.billing.primaryMarketOf(this.company.id())).hasValueSatisfying((primary) -> {
			assertThat(primary.marketCode()).isEqualTo("AU");
			assertThat(primary.currency()).isEqualTo("AUD");
			assertThat(primary.contactPhoneRegion()).isEqualTo("AU");
		});
		assertThat(
				this.events.stream(BillingMarketAdded.class).filter((event) -> event.companyId() == this.company.id()))
			.hasSize(1);
	}

	/**
	 * The second of two adds of one market at the same moment passes the "already
	 * enabled" check before the first commits, then waits on the unique key: it is told
	 * the market is enabled, and one row is stored.
	 */
	@Test
	void ofTwoConcurrentAddsOfOneMarketTheSecondIsToldItIsEnabled() throws Exception {
		CountDownLatch firstInserted = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		Future<?> first = pool.submit(() -> this.transactions.executeWithoutResult((status) -> {
			this.billing.add(this.admin, this.company.id(), details("AU", "(02) 9876 5432"));
			firstInserted.countDown();
			await(release);
		}));
		await(firstInserted);
		Future<Throwable> second = pool.submit(() -> {
			try {
				this.billing.add(this.admin, this.company.id(), details("AU", "(02) 9876 5433"));
				return null;
			}
			catch (Throwable ex) {
				return ex;
			}
		});
		// the second insert waits for the first transaction's row
		while (this.jdbc.queryForObject("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
				+ " and query like 'insert into billing_market%'", Integer.class) == 0 && !second.isDone()) {
			Thread.onSpinWait();
		}
		release.countDown();
		first.get();
		assertThat(second.get()).isInstanceOfSatisfying(InvalidInputException.class,
				(ex) -> assertThat(ex.fieldErrors().get("marketCode"))
					.isEqualTo("Australia is already enabled for this company."));
		pool.shutdown();
		assertThat(this.jdbc.queryForObject("select count(*) from billing_market where company_id = ?", Integer.class,
				this.company.id()))
			.isEqualTo(1);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void thePrimaryMarketIsTheFirstEnabled() {
		this.billing.add(this.admin, this.company.id(), details("GB", "020 7946 0018"));
		this.billing.add(this.admin, this.company.id(), details("US", "+1 212 555 0100"));
		assertThat(this.billing.primaryMarketOf(this.company.id()).orElseThrow().marketCode()).isEqualTo("GB");
		assertThat(this.billing.page(this.admin, this.company.id()).markets())
			.extracting((view) -> view.market().code())
			.containsExactly("GB", "US");
	}

	@Test
	void aPhoneOfAnotherCountryIsRefusedNamingTheCountryWithAnExample() {
		assertThatThrownBy(() -> this.billing.add(this.admin, this.company.id(), details("DE", "+1 212 555 0100")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.fieldErrors().get("contactPhone")).contains("Germany")
						.containsPattern("for example \\+49 [0-9 ]+"));
		assertThat(markets()).isZero();
	}

	@Test
	void aMarketIsEnabledOnce() {
		this.billing.add(this.admin, this.company.id(), details("SG", "6123 4567"));
		assertThatThrownBy(() -> this.billing.add(this.admin, this.company.id(), details("SG", "6123 4567")))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.fieldErrors().get("marketCode"))
				.isEqualTo("Singapore is already enabled for this company."));
		assertThat(this.billing.availableMarkets(this.admin, this.company.id())).extracting(MarketOption::code)
			.doesNotContain("SG")
			.contains("AU", "NZ", "HK", "JP", "US", "CA", "GB", "IE", "DE", "NL", "FR");
	}

	@Test
	void editingKeepsTheMarketChecksThePhoneAndIsRecordedAsAChange() {
		BillingMarketView added = this.billing.add(this.admin, this.company.id(), details("JP", "03-1234-5678"));
		assertThatThrownBy(
				() -> this.billing.update(this.admin, this.company.id(), added.id(), details("JP", "+61 2 9876 5432")))
			.isInstanceOf(InvalidInputException.class);

		BillingMarketView updated = this.billing.update(this.admin, this.company.id(), added.id(),
				new BillingDetails("US", "Kenji Sato", "+81 3-1234-9999", "kenji@billing.example", "1-1 Marunouchi",
						null, "Tokyo", null, "100-0005", "PO-77", null));

		assertThat(updated.market().code()).isEqualTo("JP");
		assertThat(updated.contactPhone()).isEqualTo("+81 3-1234-9999");
		assertThat(this.events.stream(BillingMarketChanged.class)
			.filter((event) -> event.companyId() == this.company.id())
			.findFirst()
			.orElseThrow()
			.after()).contains("Kenji Sato", "PO-77");
	}

	@Test
	void financeMayEditOtherRolesOnlyView() {
		CurrentUser finance = this.fixtures.user(this.company, Role.FINANCE);
		this.billing.add(finance, this.company.id(), details("NZ", "03 234 5678"));
		for (Role role : new Role[] { Role.TECHNICAL_ADMIN, Role.TECHNICAL_CONTACT, Role.READ_ONLY }) {
			CurrentUser viewer = this.fixtures.user(this.company, role);
			assertThat(this.billing.page(viewer, this.company.id()).markets()).hasSize(1);
			assertThat(this.billing.page(viewer, this.company.id()).canEdit()).isFalse();
			assertThatThrownBy(() -> this.billing.add(viewer, this.company.id(), details("AU", "02 9876 5432")))
				.isInstanceOf(Forbidden.class);
		}
		assertThat(markets()).isEqualTo(1);
	}

	@Test
	void anotherCompanysMarketsAreNotFound() {
		CompanySummary other = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		CurrentUser otherAdmin = this.fixtures.user(other, Role.COMPANY_ADMIN);
		BillingMarketView added = this.billing.add(this.admin, this.company.id(), details("IE", "01 234 5678"));

		assertThatThrownBy(() -> this.billing.page(otherAdmin, this.company.id()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.billing.get(otherAdmin, this.company.id(), added.id()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.billing.get(otherAdmin, other.id(), added.id()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.billing.update(otherAdmin, other.id(), added.id(), details("IE", "01 234 5678")))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.billing.add(otherAdmin, this.company.id(), details("FR", "01 23 45 67 89")))
			.isInstanceOf(NotFoundException.class);
		assertThat(markets()).isEqualTo(1);
	}

	@Test
	void theOperatorsSalesTeamSetsUpAnyCompany() {
		CurrentUser sales = this.fixtures.user(this.fixtures.operator(), Role.SALES);
		this.billing.add(sales, this.company.id(), details("NL", "020 123 4567"));
		assertThat(this.billing.primaryMarketOf(this.company.id()).orElseThrow().marketCode()).isEqualTo("NL");
	}

	@Test
	void aManagedCompanyIsBilledThroughItsPartner() {
		CompanySummary partner = this.fixtures.company(AccountType.PARTNER, SupportedBy.PARTNER);
		CurrentUser partnerAdmin = this.fixtures.user(partner, Role.COMPANY_ADMIN);
		CompanySummary managed = this.fixtures.managedBy(partner, SupportedBy.PARTNER);
		CurrentUser managedAdmin = this.fixtures.user(managed, Role.COMPANY_ADMIN);
		assertThat(this.billing.primaryMarketOf(managed.id())).isEmpty();

		this.billing.add(partnerAdmin, partner.id(), details("CA", "416 555 0199"));

		assertThat(this.billing.primaryMarketOf(managed.id()).orElseThrow().billedCompanyId()).isEqualTo(partner.id());
		BillingMarketsPage page = this.billing.page(managedAdmin, managed.id());
		assertThat(page.billedThrough().id()).isEqualTo(partner.id());
		assertThat(page.partnerMarkets()).containsExactly("Canada (CAD)");
		assertThatThrownBy(() -> this.billing.add(managedAdmin, managed.id(), details("CA", "416 555 0199")))
			.isInstanceOf(Forbidden.class);
	}

	private int markets() {
		return this.jdbc.queryForObject("select count(*) from billing_market where company_id = ?", Integer.class,
				this.company.id());
	}

	private static BillingDetails details(String market, String phone) {
		return new BillingDetails(market, "Pat Payer", phone, "accounts@billing.example", "1 Example Street", null,
				"Example City", null, "1000", null, null);
	}

}
