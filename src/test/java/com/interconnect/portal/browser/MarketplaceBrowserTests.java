package com.interconnect.portal.browser;

import com.interconnect.portal.marketplace.MarketplaceWorld;
import com.interconnect.portal.ordering.domain.Provisioner;
import com.interconnect.portal.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.interconnect.portal.marketplace.MarketplaceWorld.subjectTo;
import static com.interconnect.portal.marketplace.MarketplaceWorld.textOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Marketplace journey as users click it (product.md §6): the customer's Technical
 * Admin finds the provider, requests a 500 Mbps VXC to its Sydney port and orders it; the
 * provider's Company Admin opens Approvals and accepts (or denies, with a reason); the
 * customer is emailed the decision and, once the provisioner took it LIVE, that the VXC
 * is available. Then the customer raises its speed on the VXC's page and the provider
 * accepts the change on Approvals.
 */
class MarketplaceBrowserTests extends BrowserTest {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private Provisioner provisioner;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theCustomerRequestsAConnectionAndTheProviderAcceptsIt() {
		MarketplaceWorld world = new MarketplaceWorld(this.context);
		long vxc = requestConnection(world, "Nova link accepted");

		logIn(world.providerAdmin.email(), TestData.PASSWORD);
		clickLink("Approvals (1)");
		assertThat(heading()).isEqualTo("Approvals");
		assertThat(rowWith(world.customer.name()))
			.containsEntry("Your port", "Nova Sydney (" + world.sydney().label() + ")")
			.containsEntry("Rate limit", "500 Mbps")
			.containsEntry("VLAN", "420");
		press("Accept Request");
		assertThat(messages()).singleElement().asString().startsWith("Connection request #").endsWith("is accepted.");
		assertThat(textOf(world.customerTech.email(), "Connection request accepted"))
			.contains(world.providerAdmin.fullName() + " of " + world.providerName + " accepted");

		while (this.provisioner.runOnce() > 0) {
			// every step is due at once in tests
		}
		assertThat(this.jdbc.queryForObject("select state from service where id = ?", String.class, vxc))
			.isEqualTo("LIVE");
		assertThat(subjectTo(world.customerTech.email(), "VXC available: Nova link accepted"))
			.isEqualTo("VXC available: Nova link accepted");
	}

	@Test
	void theProviderDeniesARequestWithAReason() {
		MarketplaceWorld world = new MarketplaceWorld(this.context);
		long vxc = requestConnection(world, "Nova link denied");

		logIn(world.providerAdmin.email(), TestData.PASSWORD);
		clickLink("Approvals (1)");
		fillIn("Reason (optional)", "Sydney is full this month.");
		press("Deny Request");
		assertThat(messages()).singleElement().asString().endsWith("is denied.");
		assertThat(this.jdbc.queryForObject("select state from service where id = ?", String.class, vxc))
			.isEqualTo("DENIED");
		assertThat(textOf(world.customerTech.email(), "Connection request denied"))
			.contains("Reason: Sydney is full this month.");
	}

	@Test
	void theCustomerRaisesTheSpeedAndTheProviderAcceptsIt() {
		MarketplaceWorld world = new MarketplaceWorld(this.context);
		long vxc = world.liveConnection(500, 421);

		logIn(world.customerTech.email(), TestData.PASSWORD);
		open("/services/" + vxc);
		assertThat(valueOf("Rate limit (Mbps)")).isEqualTo("500");
		fillIn("Rate limit (Mbps)", "20000");
		press("Change speed");
		assertThat(errorNextTo("Rate limit (Mbps)"))
			.isEqualTo("The rate limit can be at most 10,000 Mbps, the speed of the smaller port.");
		assertThat(focused().getDomAttribute("class")).as("the errors, far down the page, have the focus")
			.contains("error-summary");
		assertThat(valueOf("Rate limit (Mbps)")).isEqualTo("20000");
		fillIn("Rate limit (Mbps)", "1000");
		press("Change speed");
		assertThat(messages()).anySatisfy((message) -> assertThat(message).contains("the change to 1,000 Mbps",
				"is waiting for the approval of the B-end port's owner"));
		assertThat(mainText()).contains("The VXC keeps 500 Mbps until then.");
		logOut(world.customerTech.fullName());

		logIn(world.providerAdmin.email(), TestData.PASSWORD);
		clickLink("Approvals (1)");
		assertThat(textOf(world.providerAdmin.email(), "Speed change request from " + world.customer.name()))
			.contains("from 500 Mbps to 1,000 Mbps");
		assertThat(rowWith(world.customer.name())).containsEntry("Rate limit", "500 → 1,000 Mbps")
			.hasEntrySatisfying("Request", (request) -> assertThat(request).endsWith("Speed change"));
		press("Accept Request");
		assertThat(messages()).singleElement()
			.asString()
			.startsWith("Speed change #")
			.endsWith(" from " + world.customer.name() + " to Nova Sydney is accepted.");
		assertThat(this.jdbc.queryForObject("select rate_limit_mbps from service where id = ?", Integer.class, vxc))
			.isEqualTo(1000);
		assertThat(textOf(world.customerTech.email(), "Speed change accepted"))
			.contains("the VXC now runs at 1,000 Mbps");
	}

	/** The customer's Technical Admin requests a 500 Mbps VXC and orders it. */
	private long requestConnection(MarketplaceWorld world, String vxcName) {
		logIn(world.customerTech.email(), TestData.PASSWORD);
		clickLink("Marketplace");
		assertThat(heading()).isEqualTo("Marketplace");
		fillIn("Provider name", world.providerName);
		press("Search");
		clickLink(world.providerName);
		assertThat(heading()).isEqualTo(world.providerName);
		clickLink("Request connection");
		assertThat(heading()).isEqualTo("Request connection");
		fillIn("Name", vxcName);
		choose("Your port (A-end)", "Customer Sydney · " + world.sydney().label() + " · 10 Gbps (live)");
		fillIn("Rate limit (Mbps)", "500");
		fillIn("A-end VLAN", "420");
		fillIn("B-end VLAN", "420");
		fillIn("Name of the new configuration", TestData.unique("Nova connection"));
		press("Add to configuration");
		assertThat(path()).matches("/configurations/\\d+");
		// the provider's port can be a further VXC's B-end, never its A-end
		assertThat(optionsOf("B-end port")).anyMatch((option) -> option.startsWith("Nova Sydney · "));
		assertThat(optionsOf("A-end port")).noneMatch((option) -> option.startsWith("Nova Sydney · "));
		press("Order");
		waitForPath("/services");
		assertThat(messages()).contains("Order placed: 1 VXC is waiting for the approval of the port's owner, and "
				+ "billed only once accepted.");
		assertThat(rowWith(vxcName)).hasEntrySatisfying("Price",
				(price) -> assertThat(price).endsWith("/month once accepted"));
		long vxc = this.jdbc.queryForObject("select id from service where company_id = ? and name = ?", Long.class,
				world.customer.id(), vxcName);
		assertThat(this.jdbc.queryForObject("select state from service where id = ?", String.class, vxc))
			.isEqualTo("AWAITING_APPROVAL");
		assertThat(subjectTo(world.providerAdmin.email(), "Connection request from"))
			.isEqualTo("Connection request from " + world.customer.name() + " to Nova Sydney");
		assertThat(subjectTo(world.customerTech.email(), "Connection request submitted"))
			.isEqualTo("Connection request submitted to " + world.providerName);
		logOut(world.customerTech.fullName());
		return vxc;
	}

}
