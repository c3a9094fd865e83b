package com.interconnect.portal.ordering.domain;

import java.util.concurrent.Callable;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SupportedBy;
import com.interconnect.portal.billing.domain.BillingMarketService;
import com.interconnect.portal.catalog.Catalog;
import com.interconnect.portal.catalog.PortSpeed;
import com.interconnect.portal.catalog.Term;
import com.interconnect.portal.ordering.OrderPlaced;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Forbidden;
import com.interconnect.portal.shared.InvalidInputException;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.Fixtures;
import com.interconnect.portal.support.Race;
import com.interconnect.portal.support.TestData;
import com.interconnect.portal.support.domain.SupportDetailsService;
import com.interconnect.portal.user.domain.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Placing an order: services, VLANs, history and the event in one transaction; refused
 * orders change nothing; a configuration is ordered once.
 */
@SpringBootTest
@RecordApplicationEvents
class OrderServiceTests {

	@Autowired
	OrderService orderService;

	@Autowired
	ConfigurationService configurations;

	@Autowired
	Accounts accounts;

	@Autowired
	UserService users;

	@Autowired
	ServiceRepository services;

	@Autowired
	Catalog catalog;

	@Autowired
	BillingMarketService billing;

	@Autowired
	SupportDetailsService support;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	Fixtures fixtures;

	OrderFixtures orders;

	CompanySummary company;

	CurrentUser admin;

	@BeforeEach
	void setUp() {
		this.fixtures = new Fixtures(this.accounts, this.users);
		this.orders = new OrderFixtures(this.services, this.catalog, this.billing, this.support);
		this.company = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		this.admin = this.fixtures.user(this.company, Role.COMPANY_ADMIN);
	}

	@Test
	void anOrderTurnsEveryItemIntoADeployableServiceWithItsVlans() {
		this.orders.completeSetup(this.admin, this.company);
		long existing = this.orders.livePort(this.company.id(), "Existing", 100);
		long id = this.configurations.create(this.admin, TestData.unique("Config"));
		long port = this.configurations.addPort(this.admin, id, port("New port"));
		this.configurations.addVxc(this.admin, id,
				new VxcDesign("To existing", "item:" + port, "service:" + existing, 1000, 100, 200));
		ConfigurationPage designed = this.configurations.get(this.admin, id);

		OrderPlacement placed = this.orderService.place(this.admin, id);

		assertThat(placed.serviceIds()).hasSize(2);
		assertThat(placed.monthlyTotal()).isEqualTo(designed.monthlyTotal());
		assertThat(placed.monthlyTotal().currency()).isEqualTo("AUD");
		assertThat(this.jdbc.queryForList(
				"select kind, name, state, currency from service where order_id = ? order by id", placed.orderId()))
			.extracting((row) -> row.get("kind") + " " + row.get("name") + " " + row.get("state") + " "
					+ row.get("currency"))
			.containsExactly("PORT New port DEPLOYABLE AUD", "VXC To existing DEPLOYABLE AUD");
		long newPort = placed.serviceIds().get(0);
		long vxc = placed.serviceIds().get(1);
		assertThat(this.jdbc.queryForList("select port_id, vlan from port_vlan where vxc_id = ? order by vlan", vxc))
			.extracting((row) -> row.get("port_id") + ":" + row.get("vlan"))
			.containsExactly(newPort + ":100", existing + ":200");
		assertThat(this.jdbc.queryForList("select note, actor_name from service_event where service_id = ?", vxc))
			.extracting((row) -> row.get("note") + " / " + row.get("actor_name"))
			.containsExactly("Ordered by " + this.admin.fullName() + " / " + this.admin.fullName());
		assertThat(this.jdbc.queryForObject("select monthly_total from service_order where id = ?",
				java.math.BigDecimal.class, placed.orderId()))
			.isEqualByComparingTo(designed.monthlyTotal().amount());
		assertThat(this.configurations.get(this.admin, id).ordered()).isTrue();
		assertThat(this.events.stream(OrderPlaced.class).filter((event) -> event.orderId() == placed.orderId()))
			.singleElement()
			.satisfies((event) -> {
				assertThat(event.companyId()).isEqualTo(this.company.id());
				assertThat(event.serviceIds()).isEqualTo(placed.serviceIds());
				assertThat(event.orderedByName()).isEqualTo(this.admin.fullName());
				assertThat(event.configurationName()).isEqualTo(designed.name());
			});

		assertThatThrownBy(() -> this.configurations.addPort(this.admin, id, port("Late")))
			.isInstanceOf(Forbidden.class)
			.hasMessageContaining("has been ordered");
	}

	@Test
	void aRefusedOrderKeepsTheConfigurationAsItWas() {
		long id = this.configurations.create(this.admin, TestData.unique("Config"));
		this.configurations.addPort(this.admin, id, port("Port"));

		assertThatThrownBy(() -> this.orderService.place(this.admin, id))
			.isInstanceOfSatisfying(OrderRefusedException.class, (ex) -> assertThat(ex.decision().texts())
				.containsExactly("Add technical support details", "Add billing market"));

		assertThat(this.configurations.get(this.admin, id).items()).hasSize(1);
		assertThat(this.configurations.get(this.admin, id).ordered()).isFalse();
		assertThat(this.jdbc.queryForObject("select count(*) from service where company_id = ?", Integer.class,
				this.company.id()))
			.isZero();
	}

	@Test
	void anEmptyConfigurationCannotBeOrdered() {
		this.orders.completeSetup(this.admin, this.company);
		long id = this.configurations.create(this.admin, TestData.unique("Config"));

		assertThatThrownBy(() -> this.orderService.place(this.admin, id)).isInstanceOfSatisfying(
				OrderRefusedException.class,
				(ex) -> assertThat(ex.decision().texts()).containsExactly("Add at least one port or VXC first."));
	}

	@Test
	void aTechnicalContactCannotOrder() {
		this.orders.completeSetup(this.admin, this.company);
		CurrentUser contact = this.fixtures.user(this.company, Role.TECHNICAL_CONTACT);
		long id = this.configurations.create(contact, TestData.unique("Config"));
		this.configurations.addPort(contact, id, port("Port"));

		assertThatThrownBy(() -> this.orderService.place(contact, id)).isInstanceOf(Forbidden.class)
			.hasMessage("Only a Company Admin or a Technical Admin can place orders.");
	}

	@Test
	void aVlanTakenByAnotherOrderMeanwhileIsRefusedAndNothingIsStored() {
		this.orders.completeSetup(this.admin, this.company);
		long existing = this.orders.livePort(this.company.id(), "Shared port", 10);
		long first = vxcTo(existing, 500);
		long second = vxcTo(existing, 500);
		this.orderService.place(this.admin, first);

		assertThatThrownBy(() -> this.orderService.place(this.admin, second))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.fieldErrors().values())
				.containsExactly("VLAN 500 is already in use on port Shared port."));
		assertThat(this.configurations.get(this.admin, second).ordered()).isFalse();
		assertThat(this.jdbc.queryForObject("select count(*) from service_order where configuration_id = ?",
				Integer.class, second))
			.isZero();
	}

	/**
	 * Two clicks on "Order" at the same moment, {@link Race#ROUNDS} times over (a fresh
	 * configuration each round): every round orders once.
	 */
	@Test
	void twoClicksAtOnceOrderOnce() {
		this.orders.completeSetup(this.admin, this.company);
		for (int round = 0; round < Race.ROUNDS; round++) {
			long id = this.configurations.create(this.admin, TestData.unique("Config"));
			this.configurations.addPort(this.admin, id, port("Port " + round));
			Callable<Boolean> click = () -> {
				try {
					this.orderService.place(this.admin, id);
					return true;
				}
				catch (OrderRefusedException ex) {
					return false;
				}
			};

			assertThat(Race.run(click, click)).as("round %d", round).containsExactlyInAnyOrder(true, false);
			assertThat(this.jdbc.queryForObject("select count(*) from service_order where configuration_id = ?",
					Integer.class, id))
				.as("round %d", round)
				.isOne();
			assertThat(this.jdbc.queryForObject("select count(*) from service where company_id = ? and name = ?",
					Integer.class, this.company.id(), "Port " + round))
				.as("round %d", round)
				.isOne();
		}
	}

	/**
	 * A configuration with a new port and a VXC from it to an existing port on the VLAN.
	 */
	private long vxcTo(long existingPort, int vlan) {
		long id = this.configurations.create(this.admin, TestData.unique("Config"));
		long port = this.configurations.addPort(this.admin, id, port("New"));
		this.configurations.addVxc(this.admin, id,
				new VxcDesign("VXC", "item:" + port, "service:" + existingPort, 100, 100, vlan));
		return id;
	}

	private PortDesign port(String name) {
		return new PortDesign(name, this.orders.location().id(), PortSpeed.TEN_GBPS, Term.MONTHLY);
	}

}
