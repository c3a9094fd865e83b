package com.interconnect.portal.browser;

import com.interconnect.portal.marketplace.MarketplaceWorld;
import com.interconnect.portal.support.TestData;
import com.interconnect.portal.support.TestSmtp;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.interconnect.portal.marketplace.MarketplaceWorld.subjectOf;
import static com.interconnect.portal.marketplace.MarketplaceWorld.textOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notification Settings as a user clicks them (product.md §7): the provider's Technical
 * Admin turns Ordering off in the user menu's Notification Settings and saves; the next
 * connection request to the provider no longer emails them but still reaches its other
 * Ordering subscribers.
 */
class NotificationSettingsBrowserTests extends BrowserTest {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aTechnicalAdminTurnsOrderingOffAndNoLongerReceivesConnectionRequests() {
		MarketplaceWorld world = new MarketplaceWorld(this.context);

		logIn(world.providerTech.email(), TestData.PASSWORD);
		openMenu(world.providerTech.fullName());
		clickLink("Notification Settings");
		assertThat(heading()).isEqualTo("Notification Settings");
		assertThat(field("Ordering").isSelected()).isTrue();
		assertThat(field("Security").isSelected()).isTrue();
		assertThat(field("Security").isEnabled()).as("always on").isFalse();
		field("Ordering").click();
		press("Save");
		assertThat(messages()).containsExactly("Notification settings saved.");
		assertThat(field("Ordering").isSelected()).isFalse();
		assertThat(field("Services").isSelected()).isTrue();

		long approval = world.request(500, 330);

		String subject = "Connection request from " + world.customer.name() + " to Nova Sydney";
		// the provider's other Ordering subscribers still receive it
		assertThat(textOf(world.providerAdmin.email(), subject)).contains("Request: #" + approval);
		assertThat(textOf(world.providerContact.email(), subject)).contains("Request: #" + approval);
		assertThat(this.jdbc.queryForList(
				"select recipient from outbound_email where company_id = ? and event_type = ? and subject = ?",
				String.class, world.provider.id(), "CONNECTION_REQUEST_RECEIVED", subject))
			.containsExactlyInAnyOrder(world.providerAdmin.email(), world.providerContact.email());
		assertThat(TestSmtp.messagesTo(world.providerTech.email()))
			.noneMatch((message) -> subjectOf(message).startsWith("Connection request"));
	}

}
