package com.interconnect.portal.ordering.domain;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SupportedBy;
import com.interconnect.portal.catalog.Catalog;
import com.interconnect.portal.ordering.ServiceKind;
import com.interconnect.portal.ordering.ServiceState;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Forbidden;
import com.interconnect.portal.shared.NotFoundException;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.Fixtures;
import com.interconnect.portal.user.domain.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Services page and a service's page: a company's own services only, newest first,
 * paged and searchable, with locations and VXC ends looked up in batches.
 */
@SpringBootTest
class ServicesTests {

	@Autowired
	ServiceInventory inventory;

	@Autowired
	Accounts accounts;

	@Autowired
	UserService users;

	@Autowired
	Catalog catalog;

	@Autowired
	ApplicationContext context;

	Fixtures fixtures;

	ServicesFixtures services;

	CompanySummary company;

	CurrentUser readOnly;

	@BeforeEach
	void setUp() {
		this.fixtures = new Fixtures(this.accounts, this.users);
		this.services = new ServicesFixtures(this.context);
		this.company = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		this.readOnly = this.fixtures.user(this.company, Role.READ_ONLY);
	}

	@Test
	void theListShowsTheCompanysServicesNewestFirstWithLocationSpeedAndPrice() {
		long port = this.services.port(this.company.id(), "Sydney port", 10);
		long other = this.services.port(this.company.id(), "Melbourne port", 100);
		long vxc = this.services.vxc(this.company.id(), "Sydney to Melbourne", port, 100, other, 200, 500);

		Page<ServiceRow> page = this.inventory.page(this.readOnly, null, null, 0);

		assertThat(page.getContent()).extracting(ServiceRow::id).containsExactly(vxc, other, port);
		ServiceRow vxcRow = page.getContent().get(0);
		assertThat(vxcRow.kind()).isEqualTo(ServiceKind.VXC);
		assertThat(vxcRow.state()).isEqualTo(ServiceState.DEPLOYABLE);
		assertThat(vxcRow.location()).isEqualTo("Sydney port → Melbourne port");
		assertThat(vxcRow.speed()).isEqualTo("500 Mbps");
		assertThat(vxcRow.monthlyPrice().formatted()).isEqualTo("USD 250.00");
		ServiceRow portRow = page.getContent().get(2);
		assertThat(portRow.location()).isEqualTo(this.catalog.locations().get(0).label());
		assertThat(portRow.speed()).isEqualTo("10 Gbps");
		assertThat(page.getContent().get(1).speed()).isEqualTo("100 Gbps");
		assertThat(portRow.monthlyPrice().formatted()).isEqualTo("USD 1,295.00");
	}

	@Test
	void theListIsPagedByTwentyFive() {
		for (int i = 1; i <= 27; i++) {
			this.services.port(this.company.id(), "Port " + i);
		}

		Page<ServiceRow> first = this.inventory.page(this.readOnly, null, null, 0);
		Page<ServiceRow> second = this.inventory.page(this.readOnly, null, null, 1);

		assertThat(first.getTotalElements()).isEqualTo(27);
		assertThat(first.getContent()).hasSize(25);
		assertThat(first.getContent().get(0).name()).isEqualTo("Port 27");
		assertThat(second.getContent()).extracting(ServiceRow::name).containsExactly("Port 2", "Port 1");
	}

	@Test
	void theListIsSearchedByPartOfTheNameAndFilteredByState() {
		long sydney = this.services.port(this.company.id(), "Sydney Edge");
		long melbourne = this.services.port(this.company.id(), "Melbourne core");
		long live = this.services.port(this.company.id(), "Brisbane edge");
		this.services.hold(sydney);
		this.services.hold(melbourne);
		this.services.provisionUntilLive(live);

		assertThat(this.inventory.page(this.readOnly, "EDGE", null, 0).getContent()).extracting(ServiceRow::id)
			.containsExactly(live, sydney);
		assertThat(this.inventory.page(this.readOnly, " edge ", ServiceState.LIVE, 0).getContent())
			.extracting(ServiceRow::id)
			.containsExactly(live);
		assertThat(this.inventory.page(this.readOnly, null, ServiceState.LIVE, 0).getContent())
			.extracting(ServiceRow::id)
			.containsExactly(live);
		assertThat(this.inventory.page(this.readOnly, "100%", null, 0).getContent()).isEmpty();
	}

	@Test
	void aCompanyNeverSeesAnotherCompanysServices() {
		CompanySummary other = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		long theirs = this.services.port(other.id(), "Their port");
		long ours = this.services.port(this.company.id(), "Our port");

		assertThat(this.inventory.page(this.readOnly, null, null, 0).getContent()).extracting(ServiceRow::id)
			.containsExactly(ours);
		assertThat(this.inventory.page(this.readOnly, "port", null, 0).getContent()).extracting(ServiceRow::id)
			.containsExactly(ours);
		assertThatThrownBy(() -> this.inventory.service(this.readOnly, theirs)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void theOperatorsStaffHaveNoServices() {
		CurrentUser sales = this.fixtures.user(this.fixtures.operator(), Role.SALES);

		assertThatThrownBy(() -> this.inventory.page(sales, null, null, 0)).isInstanceOf(Forbidden.class)
			.hasMessageContaining("operator's staff have none");
	}

	@Test
	void aPortsPageShowsItsLocationTermVxcsAndHistory() {
		CurrentUser admin = this.fixtures.user(this.company, Role.TECHNICAL_ADMIN);
		long port = this.services.port(this.company.id(), "Sydney port");
		long other = this.services.port(this.company.id(), "Melbourne port");
		long vxc = this.services.vxc(this.company.id(), "Across", other, 300, port, 400, 2000);
		this.services.provisionUntilLive(port, other, vxc);

		ServiceView view = this.inventory.service(admin, port);

		assertThat(view.isPort()).isTrue();
		assertThat(view.location().id()).isEqualTo(this.catalog.locations().get(0).id());
		assertThat(view.term()).isEqualTo("12 months");
		assertThat(view.speed()).isEqualTo("10 Gbps");
		assertThat(view.liveAt()).isNotNull();
		assertThat(view.canCancel()).isTrue();
		assertThat(view.vxcs().getContent()).singleElement().satisfies((row) -> {
			assertThat(row.id()).isEqualTo(vxc);
			assertThat(row.otherEnd()).isEqualTo("Melbourne port");
			assertThat(row.vlan()).isEqualTo(400);
			assertThat(row.rateLimit()).isEqualTo("2,000 Mbps");
			assertThat(row.own()).isTrue();
		});
		assertThat(view.history()).extracting(ServiceEventView::state)
			.containsExactly(ServiceState.DEPLOYABLE, ServiceState.CONFIGURED, ServiceState.LIVE);
		assertThat(this.inventory.service(this.readOnly, port).canCancel()).isFalse();
	}

	@Test
	void aVxcToAnotherCompanysPortShowsThatPortByNameOnlyAndOnlyToItsOwner() {
		CompanySummary seller = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		CurrentUser sellerUser = this.fixtures.user(seller, Role.COMPANY_ADMIN);
		long theirPort = this.services.port(seller.id(), "Cloud on-ramp");
		long ourPort = this.services.port(this.company.id(), "Our port");
		long vxc = this.services.vxc(this.company.id(), "To the cloud", ourPort, 100, theirPort, 900, 500);

		ServiceView view = this.inventory.service(this.readOnly, vxc);

		assertThat(view.aEnd()).isEqualTo(new ServiceEndView(ourPort, "Our port", 100, true));
		assertThat(view.bEnd()).isEqualTo(new ServiceEndView(theirPort, "Cloud on-ramp", 900, false));
		assertThat(view.vxcs()).isEmpty();
		assertThatThrownBy(() -> this.inventory.service(sellerUser, vxc)).isInstanceOf(NotFoundException.class);
		assertThat(this.inventory.service(sellerUser, theirPort).vxcs().getContent()).singleElement()
			.satisfies((row) -> {
				assertThat(row.own()).isFalse();
				assertThat(row.otherEnd()).isEqualTo("Our port");
				assertThat(row.vlan()).isEqualTo(900);
			});
	}

}
