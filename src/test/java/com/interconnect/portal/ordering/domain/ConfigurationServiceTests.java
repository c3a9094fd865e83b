package com.interconnect.portal.ordering.domain;

import java.math.BigDecimal;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SupportedBy;
import com.interconnect.portal.billing.domain.BillingMarketService;
import com.interconnect.portal.catalog.Catalog;
import com.interconnect.portal.catalog.PortSpeed;
import com.interconnect.portal.catalog.Term;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Forbidden;
import com.interconnect.portal.shared.InvalidInputException;
import com.interconnect.portal.shared.NotFoundException;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.Fixtures;
import com.interconnect.portal.support.TestData;
import com.interconnect.portal.support.domain.SupportDetailsService;
import com.interconnect.portal.user.domain.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Saved configurations: prices from the price book in the company's currency, the VXC
 * rules of §5, and who may see and change them.
 */
@SpringBootTest
class ConfigurationServiceTests {

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

	Fixtures fixtures;

	OrderFixtures orders;

	CompanySummary company;

	CurrentUser admin;

	long locationId;

	@BeforeEach
	void setUp() {
		this.fixtures = new Fixtures(this.accounts, this.users);
		this.orders = new OrderFixtures(this.services, this.catalog, this.billing, this.support);
		this.company = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		this.admin = this.fixtures.user(this.company, Role.COMPANY_ADMIN);
		this.locationId = this.orders.location().id();
	}

	@Test
	void pricesComeFromThePriceBookInUsdBeforeABillingMarket() {
		long id = designed(this.admin);

		ConfigurationPage page = this.configurations.get(this.admin, id);

		assertPrices(page, "USD");
	}

	@Test
	void pricesAreInTheCurrencyOfTheBillingMarket() {
		long id = designed(this.admin);
		this.orders.addAustralianMarket(this.admin, this.company.id());
		assertPrices(this.configurations.get(this.admin, id), "AUD");

		CompanySummary japanese = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		CurrentUser japaneseAdmin = this.fixtures.user(japanese, Role.COMPANY_ADMIN);
		this.orders.addBillingMarket(japaneseAdmin, japanese.id(), "JP", "03-1234-5678");
		assertPrices(this.configurations.get(japaneseAdmin, designed(japaneseAdmin)), "JPY");
	}

	@Test
	void theListShowsEachConfigurationsItemsAndTotal() {
		long id = designed(this.admin);
		this.configurations.create(this.admin, "Empty one");

		assertThat(this.configurations.list(this.admin, Pageable.ofSize(25))).satisfiesExactly((empty) -> {
			assertThat(empty.name()).isEqualTo("Empty one");
			assertThat(empty.items()).isZero();
			assertThat(empty.monthlyTotal().formatted()).isEqualTo("USD 0.00");
		}, (row) -> {
			assertThat(row.id()).isEqualTo(id);
			assertThat(row.items()).isEqualTo(3);
			assertThat(row.monthlyTotal()).isEqualTo(this.configurations.get(this.admin, id).monthlyTotal());
			assertThat(row.ordered()).isFalse();
		});
	}

	@Test
	void theRateLimitIsAtMostTheSmallerPortsSpeed() {
		long id = this.configurations.create(this.admin, TestData.unique("Config"));
		long small = this.configurations.addPort(this.admin, id, port("Small", PortSpeed.TEN_GBPS));
		long big = this.configurations.addPort(this.admin, id, port("Big", PortSpeed.HUNDRED_GBPS));

		assertThatThrownBy(() -> this.configurations.addVxc(this.admin, id,
				new VxcDesign("Too fast", "item:" + small, "item:" + big, 10_001, 100, 100)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.fieldErrors()).containsExactlyEntriesOf(java.util.Map.of("rateLimitMbps",
							"The rate limit can be at most 10,000 Mbps, the speed of the smaller port.")));
		assertThat(vxcItems(id)).isZero();

		this.configurations.addVxc(this.admin, id,
				new VxcDesign("Fast enough", "item:" + small, "item:" + big, 10_000, 100, 100));
		assertThat(vxcItems(id)).isOne();
	}

	@Test
	void vlansAreFrom2To4093AndUniquePerPortEnd() {
		long id = this.configurations.create(this.admin, TestData.unique("Config"));
		long a = this.configurations.addPort(this.admin, id, port("A", PortSpeed.TEN_GBPS));
		long b = this.configurations.addPort(this.admin, id, port("B", PortSpeed.TEN_GBPS));
		long c = this.configurations.addPort(this.admin, id, port("C", PortSpeed.TEN_GBPS));

		assertThatThrownBy(() -> this.configurations.addVxc(this.admin, id,
				new VxcDesign("Bad VLANs", "item:" + a, "item:" + b, 100, 1, 4094)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.fieldErrors()).containsEntry("aVlan", "Enter an A-end VLAN from 2 to 4093.")
						.containsEntry("bVlan", "Enter a B-end VLAN from 2 to 4093."));

		this.configurations.addVxc(this.admin, id, new VxcDesign("First", "item:" + a, "item:" + b, 100, 100, 200));
		assertThatThrownBy(() -> this.configurations.addVxc(this.admin, id,
				new VxcDesign("Second", "item:" + c, "item:" + a, 100, 300, 100)))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.fieldErrors())
				.containsExactlyEntriesOf(java.util.Map.of("bVlan", "VLAN 100 is already in use on port A.")));
		assertThat(vxcItems(id)).isOne();
	}

	@Test
	void aVlanInUseOnAnExistingPortIsRefused() {
		long existing = this.orders.livePort(this.company.id(), "Live port", 10);
		long other = this.orders.livePort(this.company.id(), "Other port", 10);
		long vxc = this.jdbc.queryForObject("""
				insert into service (company_id, kind, name, state, a_end_port_id, b_end_port_id, rate_limit_mbps,
				  a_vlan, b_vlan, monthly_price, currency, created_at)
				values (?, 'VXC', 'Live VXC', 'DEPLOYABLE', ?, ?, 100, 300, 300, 0, 'USD', now()) returning id""",
				Long.class, this.company.id(), existing, other);
		this.jdbc.update("insert into port_vlan (port_id, vlan, vxc_id) values (?, 300, ?)", existing, vxc);
		long id = this.configurations.create(this.admin, TestData.unique("Config"));
		long item = this.configurations.addPort(this.admin, id, port("New", PortSpeed.ONE_GBPS));

		assertThatThrownBy(() -> this.configurations.addVxc(this.admin, id,
				new VxcDesign("Clash", "service:" + existing, "item:" + item, 100, 300, 300)))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.fieldErrors())
				.containsExactlyEntriesOf(java.util.Map.of("aVlan", "VLAN 300 is already in use on port Live port.")));
		this.configurations.addVxc(this.admin, id,
				new VxcDesign("Fine", "service:" + existing, "item:" + item, 1000, 301, 300));
		assertThat(this.configurations.get(this.admin, id).ports()).extracting(PortChoice::value)
			.containsExactly("item:" + item, "service:" + existing, "service:" + other);
	}

	@Test
	void theTwoEndsAreDifferentPortsOfTheCompany() {
		long id = this.configurations.create(this.admin, TestData.unique("Config"));
		long a = this.configurations.addPort(this.admin, id, port("A", PortSpeed.TEN_GBPS));
		long foreign = this.orders.livePort(this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR).id(),
				"Foreign", 10);

		assertThatThrownBy(() -> this.configurations.addVxc(this.admin, id,
				new VxcDesign("Loop", "item:" + a, "item:" + a, 100, 100, 101)))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.fieldErrors())
				.containsEntry("bEnd", "The B-end must be a different port from the A-end."));
		assertThatThrownBy(() -> this.configurations.addVxc(this.admin, id,
				new VxcDesign("Foreign", "item:" + a, "service:" + foreign, 100, 100, 100)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.fieldErrors()).containsEntry("bEnd", "Choose the B-end port from the list."));
		assertThat(vxcItems(id)).isZero();
	}

	@Test
	void aPortCannotBecomeSlowerThanAVxcOnIt() {
		long id = this.configurations.create(this.admin, TestData.unique("Config"));
		long a = this.configurations.addPort(this.admin, id, port("A", PortSpeed.TEN_GBPS));
		long b = this.configurations.addPort(this.admin, id, port("B", PortSpeed.TEN_GBPS));
		this.configurations.addVxc(this.admin, id, new VxcDesign("Big", "item:" + a, "item:" + b, 5000, 100, 100));

		assertThatThrownBy(() -> this.configurations.updatePort(this.admin, id, a, port("A", PortSpeed.ONE_GBPS)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.fieldErrors().get("speed")).startsWith("VXC Big on this port"));
		assertThat(this.jdbc.queryForObject("select speed_gbps from configuration_item where id = ?", Integer.class, a))
			.isEqualTo(10);
	}

	@Test
	void removingAPortRemovesTheVxcsOnIt() {
		long id = this.configurations.create(this.admin, TestData.unique("Config"));
		long a = this.configurations.addPort(this.admin, id, port("A", PortSpeed.TEN_GBPS));
		long b = this.configurations.addPort(this.admin, id, port("B", PortSpeed.TEN_GBPS));
		this.configurations.addVxc(this.admin, id, new VxcDesign("A to B", "item:" + a, "item:" + b, 100, 100, 100));

		assertThat(this.configurations.item(this.admin, id, a).vxcsOnPort()).containsExactly("A to B");
		assertThat(this.configurations.remove(this.admin, id, a)).containsExactly("A", "A to B");
		assertThat(this.configurations.get(this.admin, id).items()).extracting(ConfigurationItemView::name)
			.containsExactly("B");
	}

	@Test
	void namesAreUniquePerCompany() {
		String name = TestData.unique("Config");
		this.configurations.create(this.admin, name);
		assertThatThrownBy(() -> this.configurations.create(this.admin, name.toUpperCase())).isInstanceOfSatisfying(
				InvalidInputException.class,
				(ex) -> assertThat(ex.fieldErrors().get("name")).contains("already has a configuration named"));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "FINANCE", "READ_ONLY" })
	void financeAndReadOnlyViewButDoNotChange(Role role) {
		long id = designed(this.admin);
		CurrentUser viewer = this.fixtures.user(this.company, role);

		ConfigurationPage page = this.configurations.get(viewer, id);
		assertThat(page.items()).hasSize(3);
		assertThat(page.canDesign()).isFalse();
		assertThatThrownBy(() -> this.configurations.create(viewer, "Mine")).isInstanceOf(Forbidden.class);
		assertThatThrownBy(() -> this.configurations.rename(viewer, id, "Mine")).isInstanceOf(Forbidden.class);
		assertThatThrownBy(() -> this.configurations.addPort(viewer, id, port("P", PortSpeed.ONE_GBPS)))
			.isInstanceOf(Forbidden.class);
	}

	@Test
	void aTechnicalContactDesigns() {
		CurrentUser contact = this.fixtures.user(this.company, Role.TECHNICAL_CONTACT);
		long id = designed(contact);
		assertThat(this.configurations.get(contact, id).canDesign()).isTrue();
	}

	@Test
	void anotherCompanysConfigurationIsNotFoundAndOperatorStaffAreRefused() {
		long id = designed(this.admin);
		CurrentUser stranger = this.fixtures.user(this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR),
				Role.COMPANY_ADMIN);
		CurrentUser sales = this.fixtures.user(this.fixtures.operator(), Role.SALES);

		assertThatThrownBy(() -> this.configurations.get(stranger, id)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.configurations.rename(stranger, id, "Mine"))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.configurations.get(sales, id)).isInstanceOf(Forbidden.class);
		assertThat(this.jdbc.queryForObject("select count(*) from configuration_item where configuration_id = ?",
				Integer.class, id))
			.isEqualTo(3);
	}

	/** Two 10 Gbps ports on 12 months and a 1,000 Mbps VXC between them. */
	private long designed(CurrentUser user) {
		long id = this.configurations.create(user, TestData.unique("Config"));
		long a = this.configurations.addPort(user, id, port("Port A", PortSpeed.TEN_GBPS));
		long b = this.configurations.addPort(user, id, port("Port B", PortSpeed.TEN_GBPS));
		this.configurations.addVxc(user, id, new VxcDesign("A to B", "item:" + a, "item:" + b, 1000, 100, 200));
		return id;
	}

	private PortDesign port(String name, PortSpeed speed) {
		return new PortDesign(name, this.locationId, speed, Term.TWELVE_MONTHS);
	}

	private void assertPrices(ConfigurationPage page, String currency) {
		BigDecimal port = this.jdbc.queryForObject("""
				select monthly_price from port_price
				where location_id = ? and speed_gbps = 10 and term_months = 12 and currency = ?""", BigDecimal.class,
				this.locationId, currency);
		BigDecimal vxc = this.jdbc.queryForObject(
				"select monthly_price from vxc_price where band_max_mbps >= 1000 and currency = ? order by band_max_mbps limit 1",
				BigDecimal.class, currency);
		assertThat(page.items()).extracting((item) -> item.monthlyPrice().amount())
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(port, port, vxc);
		assertThat(page.items()).allSatisfy((item) -> assertThat(item.monthlyPrice().currency()).isEqualTo(currency));
		assertThat(page.monthlyTotal().amount()).isEqualByComparingTo(port.add(port).add(vxc));
		assertThat(page.monthlyTotal().currency()).isEqualTo(currency);
	}

	private int vxcItems(long configurationId) {
		return this.jdbc.queryForObject(
				"select count(*) from configuration_item where configuration_id = ? and kind = 'VXC'", Integer.class,
				configurationId);
	}

}
