package com.interconnect.portal.marketplace.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SupportedBy;
import com.interconnect.portal.marketplace.MarketplaceWorld;
import com.interconnect.portal.ordering.ConnectionDesigns;
import com.interconnect.portal.ordering.ConnectionDesigns.ConnectionDesign;
import com.interconnect.portal.ordering.domain.ServicesFixtures;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Forbidden;
import com.interconnect.portal.shared.InvalidInputException;
import com.interconnect.portal.shared.NotFoundException;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.Fixtures;
import com.interconnect.portal.support.TestData;
import com.interconnect.portal.support.TestSmtp;
import com.interconnect.portal.user.domain.UserService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.interconnect.portal.marketplace.MarketplaceWorld.subjectsTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Service keys against the real database: the rules that refuse a key, each with its
 * message; a pre-approved key skips approval and tells the provider; a key that is not
 * opens a connection request; two customers racing for a single-use key, one wins; a key
 * is deactivated, never deleted.
 */
@SpringBootTest
class ServiceKeyTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	ServiceKeyService keys;

	@Autowired
	MarketplaceService marketplace;

	@Autowired
	ConnectionDesigns designs;

	@Autowired
	JdbcTemplate jdbc;

	MarketplaceWorld world;

	@BeforeAll
	static void smtp() {
		TestSmtp.start();
	}

	@BeforeEach
	void setUp() {
		this.world = new MarketplaceWorld(this.context);
	}

	@Test
	void eachRefusalSaysWhy() {
		String inactive = key(false, 1000, null, false, today(), today().plusDays(5));
		this.keys.deactivate(this.world.providerAdmin, idOf(inactive));
		assertRefused(inactive, 100, "serviceKey", "This service key is inactive");
		assertRefused(key(false, 1000, null, false, today().minusDays(10), today().minusDays(1)), 100, "serviceKey",
				"This service key has expired");
		assertRefused(key(false, 500, null, false, today(), today().plusDays(5)), 600, "rateLimitMbps",
				"at most 500 Mbps");
		assertRefused(UUID.randomUUID().toString(), 100, "serviceKey", "No service key matches");
		assertRefused("not a key", 100, "serviceKey", "No service key matches");
		String single = key(false, 1000, null, false, today(), today().plusDays(5));
		order(this.world.customerTech, this.world.customerPort, single, 100, 401);
		assertRefused(single, 100, "serviceKey", "This service key has already been used.");
	}

	@Test
	void aPreApprovedKeySkipsApprovalAndTellsTheProvider() {
		String key = key(true, 200, null, true, today(), today().plusDays(5));
		long vxc = order(this.world.customerTech, this.world.customerPort, key, 200, 402);

		assertThat(this.world.stateOf(vxc)).isEqualTo("DEPLOYABLE");
		assertThat(this.jdbc.queryForObject("select count(*) from approval where vxc_id = ?", Long.class, vxc))
			.isZero();
		assertThat(subjectsTo(this.world.providerAdmin.email(), 2)).anyMatch((subject) -> subject
			.startsWith("Connection made with your service key: " + this.world.customer.name()));
		ServiceKeyPage page = this.keys.get(this.world.providerTech, idOf(key), 0);
		assertThat(page.key().uses()).isEqualTo(1);
		assertThat(page.key().lastUsedAt()).isNotNull();
		assertThat(page.uses().getContent()).singleElement().satisfies((use) -> {
			assertThat(use.vxcId()).isEqualTo(vxc);
			assertThat(use.customerName()).isEqualTo(this.world.customer.name());
		});
	}

	@Test
	void orderingAConfigurationThatUsesAKeyMarksItOrderedSoItIsOrderedOnce() {
		String key = key(true, 1000, null, true, today(), today().plusDays(5));
		long configuration = design(this.world.customerTech, this.world.customerPort, key, 100, 407);
		this.designs.placeOrder(this.world.customerTech, configuration);

		assertThat(this.jdbc.queryForObject("select ordered_at is not null from saved_configuration where id = ?",
				Boolean.class, configuration))
			.isTrue();
		assertThatThrownBy(() -> this.designs.placeOrder(this.world.customerTech, configuration))
			.hasMessageContaining("already been ordered");
		assertThat(this.jdbc.queryForObject("select count(*) from service_order where configuration_id = ?", Long.class,
				configuration))
			.isEqualTo(1);
	}

	@Test
	void aKeyThatIsNotPreApprovedOpensAConnectionRequestWithItsFixedVlan() {
		String key = key(false, 1000, 150, false, today(), today().plusDays(5));
		long vxc = order(this.world.customerTech, this.world.customerPort, key, 1000, 403);

		assertThat(this.world.stateOf(vxc)).isEqualTo("AWAITING_APPROVAL");
		assertThat(this.world.statusOf(this.world.approvalOf(vxc))).isEqualTo("PENDING");
		assertThat(this.jdbc.queryForObject("select b_vlan from service where id = ?", Integer.class, vxc))
			.isEqualTo(150);
	}

	@Test
	void keysReachPortsThatAreNotListed() {
		long unlisted = new ServicesFixtures(this.context).port(this.world.provider.id(), "Nova unlisted");
		new ServicesFixtures(this.context).provisionUntilLive(unlisted);
		String key = this.keys
			.get(this.world.providerAdmin, this.keys.create(this.world.providerAdmin,
					new ServiceKeyData(unlisted, "Unlisted", true, 100, null, true, today(), today().plusDays(1))), 0)
			.key()
			.key();
		long vxc = order(this.world.customerTech, this.world.customerPort, key, 100, 404);
		assertThat(this.jdbc.queryForObject("select b_end_port_id from service where id = ?", Long.class, vxc))
			.isEqualTo(unlisted);
	}

	@Test
	void ofTwoCustomersRacingForASingleUseKeyExactlyOneWins() throws Exception {
		String key = key(false, 1000, null, false, today(), today().plusDays(5));
		Fixtures fixtures = new Fixtures(this.context.getBean(Accounts.class), this.context.getBean(UserService.class));
		CompanySummary other = fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		CurrentUser otherTech = fixtures.user(other, Role.TECHNICAL_ADMIN);
		ServicesFixtures services = new ServicesFixtures(this.context);
		long otherPort = services.port(other.id(), "Other Sydney");
		services.provisionUntilLive(otherPort);
		long first = design(this.world.customerTech, this.world.customerPort, key, 100, 405);
		long second = design(otherTech, otherPort, key, 100, 406);

		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<String>> results = new ArrayList<>();
		for (Callable<String> order : List.<Callable<String>>of(() -> place(start, this.world.customerTech, first),
				() -> place(start, otherTech, second))) {
			results.add(pool.submit(order));
		}
		start.countDown();
		List<String> outcomes = new ArrayList<>();
		for (Future<String> result : results) {
			outcomes.add(result.get());
		}
		pool.shutdown();

		assertThat(outcomes).filteredOn("ordered"::equals).hasSize(1);
		assertThat(outcomes).filteredOn((outcome) -> !"ordered".equals(outcome))
			.singleElement()
			.asString()
			.contains("This service key has already been used.");
		assertThat(
				this.jdbc.queryForObject("select uses from service_key where key_value = ?::uuid", Integer.class, key))
			.isEqualTo(1);
	}

	@Test
	void keysAreDeactivatedNeverDeletedAndOnlyAdminsOfTheirCompanyManageThem() {
		String key = key(true, 100, null, false, today(), today().plusDays(5));
		long id = idOf(key);
		this.keys.deactivate(this.world.providerTech, id);
		assertThatThrownBy(() -> this.keys.deactivate(this.world.providerAdmin, id))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.jdbc.update("delete from service_key where id = ?", id))
			.hasMessageContaining("never deleted");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where company_id = ? and action in ('SERVICE_KEY_CREATED',"
						+ " 'SERVICE_KEY_DEACTIVATED')",
				Long.class, this.world.provider.id()))
			.isEqualTo(2);
		assertThatThrownBy(() -> this.keys.page(this.world.providerContact, 0)).isInstanceOf(Forbidden.class);
		assertThatThrownBy(() -> this.keys.get(this.world.customerAdmin, id, 0)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.keys.create(this.world.providerAdmin,
				new ServiceKeyData(this.world.providerPort, "VLAN", true, 100, 100, false, today(), today())))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.fieldErrors()).containsKey("fixedVlan"));
	}

	private String place(CountDownLatch start, CurrentUser actor, long configuration) throws InterruptedException {
		start.await();
		try {
			this.designs.placeOrder(actor, configuration);
			return "ordered";
		}
		catch (InvalidInputException ex) {
			return ex.fieldErrors().toString();
		}
	}

	private String key(boolean multiUse, int max, Integer vlan, boolean preApproved, LocalDate from, LocalDate to) {
		long id = this.keys.create(this.world.providerAdmin, new ServiceKeyData(this.world.providerPort,
				TestData.unique("Key"), multiUse, max, vlan, preApproved, from, to));
		return this.keys.get(this.world.providerAdmin, id, 0).key().key();
	}

	private long idOf(String key) {
		return this.jdbc.queryForObject("select id from service_key where key_value = ?::uuid", Long.class, key);
	}

	private long design(CurrentUser actor, long port, String key, int rate, int vlan) {
		return this.marketplace.connectWithServiceKey(actor, new ConnectionDesign("Keyed", "service:" + port, 0, rate,
				vlan, vlan, null, TestData.unique("Keyed"), key));
	}

	private long order(CurrentUser actor, long port, String key, int rate, int vlan) {
		long configuration = design(actor, port, key, rate, vlan);
		this.designs.placeOrder(actor, configuration);
		return this.world.vxcOf(configuration);
	}

	private void assertRefused(String key, int rate, String field, String message) {
		assertThatThrownBy(() -> design(this.world.customerTech, this.world.customerPort, key, rate, 420))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.fieldErrors().get(field)).contains(message));
	}

	private static LocalDate today() {
		return LocalDate.now(java.time.ZoneOffset.UTC);
	}

}
