package com.interconnect.portal.browser;

import com.interconnect.portal.marketplace.MarketplaceWorld;
import com.interconnect.portal.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.interconnect.portal.marketplace.MarketplaceWorld.textOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Service keys as users click them (product.md §6): the provider's Company Admin creates
 * a pre-approved key on Company > Service Keys and copies it; the customer's Technical
 * Admin connects with it, is told when the speed is above the key's maximum, and orders a
 * VXC that skips approval; the provider is emailed, sees the use on the key's page and
 * deactivates the key, which the customer is then told when entering it again.
 */
class ServiceKeysBrowserTests extends BrowserTest {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aProviderIssuesAPreApprovedKeyAndACustomerConnectsWithIt() {
		MarketplaceWorld world = new MarketplaceWorld(this.context);
		String description = TestData.unique("For the customer");

		logIn(world.providerAdmin.email(), TestData.PASSWORD);
		openMenu("Company");
		clickLink("Service Keys");
		assertThat(heading()).isEqualTo("Service Keys");
		choose("Port", "Nova Sydney · " + world.sydney().label() + " · 10 Gbps");
		fillIn("Description", description);
		fillIn("Maximum speed (Mbps)", "1000");
		field("Pre-approved (connections made with the key skip approval)").click();
		press("Create service key");
		assertThat(messages()).contains("Service key created.");
		assertThat(heading()).isEqualTo(description);
		String key = valueOf("Service key");
		assertThat(key).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
		String keyPage = path();
		logOut(world.providerAdmin.fullName());

		logIn(world.customerTech.email(), TestData.PASSWORD);
		clickLink("Marketplace");
		clickLink("Connect with a service key");
		assertThat(heading()).isEqualTo("Connect with a service key");
		designWithKey(world, key, "Keyed to Nova", 2000, 430);
		assertThat(errorNextTo("Rate limit (Mbps)"))
			.isEqualTo("This service key allows a rate limit of at most 1,000 Mbps.");
		assertThat(valueOf("Service key")).isEqualTo(key);
		assertThat(valueOf("Rate limit (Mbps)")).isEqualTo("2000");
		fillIn("Rate limit (Mbps)", "1000");
		press("Add to configuration");
		assertThat(path()).matches("/configurations/\\d+");
		press("Order");
		waitForPath("/services");
		assertThat(messages()).contains("Order placed: 1 service is being provisioned.");
		assertThat(this.jdbc.queryForObject("select state from service where company_id = ? and name = ?", String.class,
				world.customer.id(), "Keyed to Nova"))
			.as("a pre-approved key skips the approval: ordered, waiting for the provisioner")
			.isEqualTo("DEPLOYABLE");
		logOut(world.customerTech.fullName());

		assertThat(textOf(world.providerAdmin.email(), "Connection made with your service key")).contains(
				world.customer.name() + " ordered a VXC to your port Nova Sydney", "Speed: 1,000 Mbps",
				"VLAN at your port: 430");
		logIn(world.providerAdmin.email(), TestData.PASSWORD);
		open(keyPage);
		assertThat(mainText()).contains("Uses\n1");
		assertThat(rowWith(world.customer.name())).containsKey("Used at");
		press("Deactivate");
		assertThat(messages()).contains("Service key deactivated: it can no longer be used.");
		assertThat(mainText()).contains("State\nInactive");
		logOut(world.providerAdmin.fullName());

		logIn(world.customerTech.email(), TestData.PASSWORD);
		open("/marketplace/service-key");
		designWithKey(world, key, "Keyed again", 500, 431);
		assertThat(errorNextTo("Service key")).startsWith("This service key is inactive");
	}

	/** Fills in the form of Marketplace > Connect with a service key and sends it. */
	private void designWithKey(MarketplaceWorld world, String key, String vxcName, int rateLimitMbps, int vlan) {
		fillIn("Service key", key);
		fillIn("Name", vxcName);
		choose("Your port (A-end)", "Customer Sydney · " + world.sydney().label() + " · 10 Gbps (live)");
		fillIn("Rate limit (Mbps)", String.valueOf(rateLimitMbps));
		fillIn("A-end VLAN", String.valueOf(vlan));
		fillIn("B-end VLAN (set by the key when it fixes one)", String.valueOf(vlan));
		fillIn("Name of the new configuration", TestData.unique("Keyed"));
		press("Add to configuration");
	}

}
