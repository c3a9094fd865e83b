package com.interconnect.portal.marketplace.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.interconnect.portal.catalog.PortSpeed;
import com.interconnect.portal.catalog.Term;
import com.interconnect.portal.marketplace.MarketplaceWorld;
import com.interconnect.portal.notification.NotificationGroup;
import com.interconnect.portal.notification.domain.NotificationSettingsService;
import com.interconnect.portal.ordering.ConnectionDesigns.ConnectionDesign;
import com.interconnect.portal.ordering.ConnectionDesigns;
import com.interconnect.portal.ordering.PortSummary;
import com.interconnect.portal.ordering.ServiceState;
import com.interconnect.portal.ordering.domain.ConfigurationService;
import com.interconnect.portal.ordering.domain.PortDesign;
import com.interconnect.portal.ordering.domain.ServiceInventory;
import com.interconnect.portal.ordering.domain.ServicesFixtures;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.InvalidInputException;
import com.interconnect.portal.shared.NotFoundException;
import com.interconnect.portal.support.Outbox;
import com.interconnect.portal.support.TestData;
import com.interconnect.portal.support.TestSmtp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rules of product.md §6 that had no test of their own: only a visible profile's listed
 * ports receive connection requests, and only they are shown; the Marketplace is searched
 * by service type and by location; an A-end can be a port of the same order; each
 * destination port gets its own request; a denied VXC is never billed.
 */
@SpringBootTest
class MarketplaceContractTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MarketplaceService marketplace;

	@Autowired
	ProfileService profiles;

	@Autowired
	ApprovalService approvals;

	@Autowired
	ConfigurationService configurations;

	@Autowired
	ConnectionDesigns designs;

	@Autowired
	ServiceInventory inventory;

	@Autowired
	NotificationSettingsService settings;

	@Autowired
	JdbcTemplate jdbc;

	MarketplaceWorld world;

	ServicesFixtures services;

	@BeforeAll
	static void smtp() {
		TestSmtp.start();
	}

	@BeforeEach
	void setUp() {
		this.world = new MarketplaceWorld(this.context);
		this.services = new ServicesFixtures(this.context);
	}

	@Test
	void aProfileThatIsNotVisibleGetsNoRequests() {
		// designed while the profile is visible, ordered after it was hidden
		long designed = design(this.world.providerPort, 600);
		hide(Set.of(this.world.providerPort));

		assertThatThrownBy(() -> design(this.world.providerPort, 601)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.designs.placeOrder(this.world.customerTech, designed))
			.isInstanceOf(InvalidInputException.class);
		assertThat(requestsTo(this.world.provider.id())).isZero();
		assertThat(this.marketplace.search(this.world.customerTech, this.world.providerName, null, null, 0)).isEmpty();
		assertThatThrownBy(() -> this.marketplace.provider(this.world.customerTech, this.world.provider.id()))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void theMarketplaceIsSearchedByServiceTypeAndByLocation() {
		String name = this.world.providerName;
		// the provider offers Cloud from a port listed in Sydney
		assertThat(found(name, ServiceType.CLOUD, null)).containsExactly(this.world.provider.id());
		assertThat(found(name, ServiceType.SAAS, null)).isEmpty();
		assertThat(found(name, null, "sydney")).containsExactly(this.world.provider.id());
		assertThat(found(name, null, this.world.sydney().dataCentre())).containsExactly(this.world.provider.id());
		assertThat(found(name, ServiceType.CLOUD, "Sydney")).containsExactly(this.world.provider.id());
		assertThat(found(name, ServiceType.CLOUD, "Tokyo")).isEmpty();
		assertThat(found(name, null, "Atlantis")).isEmpty();
	}

	@Test
	void unlistedPortsAreNotShownAndGetNoRequests() {
		long unlisted = this.services.port(this.world.provider.id(), "Nova Unlisted");
		this.services.provisionUntilLive(unlisted);

		assertThat(this.marketplace.provider(this.world.customerTech, this.world.provider.id()).ports())
			.extracting(PortSummary::id)
			.containsExactly(this.world.providerPort);
		assertThatThrownBy(() -> this.marketplace.connect(this.world.customerTech, unlisted))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> design(unlisted, 602)).isInstanceOf(NotFoundException.class);
		// a port taken off the listing of a visible profile is not shown either
		this.profiles.save(this.world.providerAdmin,
				new ProfileData(this.world.providerName, "Cloud compute in Sydney.", Set.of(ServiceType.CLOUD), null,
						TestData.email("partners"), Set.of(), true));
		assertThat(this.marketplace.provider(this.world.customerTech, this.world.provider.id()).ports()).isEmpty();
		assertThatThrownBy(() -> design(this.world.providerPort, 607)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void anAEndInTheSameOrderIsOrderedWithTheVxcAndTheRequestFollows() {
		long configuration = this.configurations.create(this.world.customerTech, TestData.unique("New site"));
		long portItem = this.configurations.addPort(this.world.customerTech, configuration,
				new PortDesign("New Sydney port", this.world.sydney().id(), PortSpeed.TEN_GBPS, Term.MONTHLY));

		long into = this.marketplace.requestConnection(this.world.customerTech, this.world.providerPort,
				new ConnectionDesign("From the new port", "item:" + portItem, this.world.providerPort, 500, 603, 603,
						null, TestData.unique("Ignored")));
		assertThat(into).as("the VXC goes into the configuration of its A-end").isEqualTo(configuration);
		this.designs.placeOrder(this.world.customerTech, configuration);

		long vxc = this.world.vxcOf(configuration);
		long newPort = this.jdbc.queryForObject(
				"select s.id from service s join service_order o on o.id = s.order_id where o.configuration_id = ?"
						+ " and s.kind = 'PORT'",
				Long.class, configuration);
		assertThat(this.jdbc.queryForObject("select a_end_port_id from service where id = ?", Long.class, vxc))
			.isEqualTo(newPort);
		assertThat(this.world.stateOf(vxc)).isEqualTo("AWAITING_APPROVAL");
		assertThat(this.world.statusOf(this.world.approvalOf(vxc))).isEqualTo("PENDING");
		assertThat(this.world.stateOf(newPort)).as("the new port is provisioned meanwhile").isEqualTo("DEPLOYABLE");
	}

	@Test
	void severalDestinationPortsGiveOneRequestEach() {
		long second = this.services.port(this.world.provider.id(), "Nova Sydney 2");
		this.services.provisionUntilLive(second);
		this.profiles.save(this.world.providerAdmin,
				new ProfileData(this.world.providerName, "Cloud compute in Sydney.", Set.of(ServiceType.CLOUD), null,
						TestData.email("partners"), Set.of(this.world.providerPort, second), true));
		long configuration = design(this.world.providerPort, 604);
		this.marketplace.requestConnection(this.world.customerTech, second, new ConnectionDesign("To the second",
				"service:" + this.world.customerPort, second, 200, 605, 605, configuration, null));

		this.designs.placeOrder(this.world.customerTech, configuration);

		assertThat(this.jdbc.queryForList(
				"select a.b_end_port_id from approval a join service s on s.id = a.vxc_id"
						+ " join service_order o on o.id = s.order_id where o.configuration_id = ?",
				Long.class, configuration))
			.containsExactlyInAnyOrder(this.world.providerPort, second);
		assertThat(requestsTo(this.world.provider.id())).isEqualTo(2);
	}

	@Test
	void aDeniedVxcIsNeverBilled() {
		long approval = this.world.request(500, 606);
		long vxc = this.world.vxcOfApproval(approval);

		this.approvals.deny(this.world.providerAdmin, approval, "Not here.");
		this.services.drain();

		assertThat(this.services.stateOf(vxc)).isEqualTo(ServiceState.DENIED);
		assertThat(this.services.stateOf(vxc).isEnded()).as("shown as not billed").isTrue();
		assertThat(this.services.historyOf(vxc)).extracting((step) -> step.substring(0, step.indexOf(' ')))
			.as("never in a billed state")
			.containsExactly("AWAITING_APPROVAL", "DENIED");
		assertThat(
				this.jdbc.queryForObject("select next_step_at is null from service where id = ?", Boolean.class, vxc))
			.as("not due for the provisioner")
			.isTrue();
	}

	@Test
	void aCancelledVxcIsReportedToTheRequesterAndTheProvider() {
		long vxc = this.world.liveConnection(500, 608);
		// the requester turned Services off: they hear of their connection all the same
		List<NotificationGroup> allButServices = new ArrayList<>(Arrays.asList(NotificationGroup.values()));
		allButServices.remove(NotificationGroup.SERVICES);
		this.settings.save(this.world.customerTech, allButServices);

		this.inventory.cancel(this.world.customerAdmin, vxc);

		Outbox outbox = new Outbox(this.jdbc);
		for (CurrentUser told : List.of(this.world.customerTech, this.world.customerAdmin, this.world.providerAdmin,
				this.world.providerTech)) {
			assertThat(outbox.count(told.email(), "VXC cancelled")).as(told.role() + " " + told.email()).isEqualTo(1);
		}
		assertThat(outbox.count(this.world.providerReadOnly.email(), "VXC cancelled")).isZero();
		assertThat(outbox.subjectsTo(this.world.providerAdmin.email())).contains(
				"VXC cancelled: " + this.world.customer.name() + " to " + this.world.providerName + " Nova Sydney");
	}

	private long design(long providerPort, int vlan) {
		return this.marketplace.requestConnection(this.world.customerTech, providerPort,
				new ConnectionDesign("To " + this.world.providerName, "service:" + this.world.customerPort,
						providerPort, 500, vlan, vlan, null, TestData.unique("Connection")));
	}

	/** The provider keeps its profile but hides it, listing only these ports. */
	private void hide(Set<Long> listed) {
		this.profiles.save(this.world.providerAdmin,
				new ProfileData(this.world.providerName, "Cloud compute in Sydney.", Set.of(ServiceType.CLOUD), null,
						TestData.email("partners"), listed, false));
	}

	private List<Long> found(String name, ServiceType type, String location) {
		return this.marketplace.search(this.world.customerTech, name, type, location, 0)
			.map(ProviderRow::companyId)
			.getContent();
	}

	private int requestsTo(long providerId) {
		return this.jdbc.queryForObject("select count(*) from approval where provider_company_id = ?", Integer.class,
				providerId);
	}

}
