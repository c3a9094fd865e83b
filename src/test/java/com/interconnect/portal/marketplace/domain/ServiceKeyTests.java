package com.interconnect.portal.marketplace.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SupportedBy;
import com.interconnect.portal.marketplace.MarketplaceWorld;
import com.interconnect.portal.ordering.ConnectionDesigns.ConnectionDesign;
import com.interconnect.portal.ordering.ConnectionDesigns;
import com.interconnect.portal.ordering.domain.ServicesFixtures;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Forbidden;
import com.interconnect.portal.shared.InvalidInputException;
import com.interconnect.portal.shared.NotFoundException;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.Fixtures;
import com.interconnect.portal.support.Race;
import com.interconnect.portal.support.TestClock;
import com.interconnect.portal.support.TestData;
import com.interconnect.portal.support.TestSmtp;
import com.interconnect.portal.user.domain.UserService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.interconnect.portal.marketplace.MarketplaceWorld.subjectTo;
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
		// the portal and this test agree on "today", also across midnight UTC
		TestClock.stop();
		this.world = new MarketplaceWorld(this.context);
	}

	@AfterEach
	void realTime() {
		TestClock.reset();
	}

	@Test
	void aKeysStateFollowsThePortalsClock() {
		LocalDate from = today().plusDays(1);
		LocalDate to = today().plusDays(2);
		String later = key(true, 1000, null, false, from, to);
		ServiceKeyRow row = rowOf(later);
		assertThat(row.description()).startsWith("Key");
		assertThat(row.multiUse()).isTrue();
		assertThat(row.active()).isTrue();
		assertThat(row.validFrom()).isEqualTo(from);
		assertThat(row.validTo()).isEqualTo(to);
		assertThat(stateOf(later)).isEqualTo("Not valid yet");
		assertRefused(later, 100, "serviceKey", "This service key is not valid yet: it is valid from " + from + ".");

		TestClock.advance(Duration.ofDays(1));
		assertThat(stateOf(later)).isEqualTo("Active");
		order(this.world.customerTech, this.world.customerPort, later, 100, 422);
		TestClock.advance(Duration.ofDays(1));
		assertThat(stateOf(later)).as("on its last day").isEqualTo("Active");

		TestClock.advance(Duration.ofDays(1));
		assertThat(stateOf(later)).isEqualTo("Expired");
		assertRefused(later, 100, "serviceKey", "This service key has expired: it was valid until " + to + ".");

		String single = key(false, 1000, null, false, today(), today().plusDays(5));
		order(this.world.customerTech, this.world.customerPort, single, 100, 423);
		assertThat(stateOf(single)).isEqualTo("Used");
		String inactive = key(true, 1000, null, false, today(), today().plusDays(5));
		this.keys.deactivate(this.world.providerAdmin, idOf(inactive));
		assertThat(stateOf(inactive)).isEqualTo("Inactive");
		assertThat(rowOf(inactive).active()).isFalse();
		assertThat(rowOf(single).multiUse()).isFalse();
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
		assertThat(subjectTo(this.world.providerAdmin.email(), "Connection made with your service key"))
			.startsWith("Connection made with your service key: " + this.world.customer.name());
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

	/**
	 * Two customers order with the same single-use key at the same moment,
	 * {@link Race#ROUNDS} times over (a fresh key each round): every round exactly one
	 * order is placed and the key is used once.
	 */
	@Test
	void ofTwoCustomersRacingForASingleUseKeyExactlyOneWins() {
		Fixtures fixtures = new Fixtures(this.context.getBean(Accounts.class), this.context.getBean(UserService.class));
		CompanySummary other = fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		CurrentUser otherTech = fixtures.user(other, Role.TECHNICAL_ADMIN);
		ServicesFixtures services = new ServicesFixtures(this.context);
		long otherPort = services.port(other.id(), "Other Sydney");
		services.provisionUntilLive(otherPort);
		for (int round = 0; round < Race.ROUNDS; round++) {
			String key = key(false, 1000, null, false, today(), today().plusDays(5));
			long first = design(this.world.customerTech, this.world.customerPort, key, 100, 500 + 2 * round);
			long second = design(otherTech, otherPort, key, 100, 501 + 2 * round);

			List<String> outcomes = Race.run(() -> place(this.world.customerTech, first),
					() -> place(otherTech, second));

			assertThat(outcomes).as("round %d", round).filteredOn("ordered"::equals).hasSize(1);
			assertThat(outcomes).as("round %d", round)
				.filteredOn((outcome) -> !"ordered".equals(outcome))
				.singleElement()
				.asString()
				.contains("This service key has already been used.");
			assertThat(this.jdbc.queryForObject("select uses from service_key where key_value = ?::uuid", Integer.class,
					key))
				.as("round %d", round)
				.isEqualTo(1);
		}
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

	private String place(CurrentUser actor, long configuration) {
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

	/** The state Company > Service Keys shows for the key. */
	private String stateOf(String key) {
		return rowOf(key).state();
	}

	private ServiceKeyRow rowOf(String key) {
		return this.keys.page(this.world.providerAdmin, 0)
			.keys()
			.getContent()
			.stream()
			.filter((row) -> row.key().equals(key))
			.findFirst()
			.orElseThrow();
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
		return TestClock.today();
	}

}
