package com.interconnect.portal;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.marketplace.MarketplaceWorld;
import com.interconnect.portal.ordering.domain.ServicesFixtures;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.Fixtures;
import com.interconnect.portal.support.HttpUser;
import com.interconnect.portal.support.IsolatedPortal;
import com.interconnect.portal.support.TestData;
import com.interconnect.portal.support.TestSmtp;
import com.interconnect.portal.user.domain.UserService;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two portal instances on two ports over one database, as behind a load balancer: any
 * instance serves any signed-in user (sessions in PostgreSQL), and the dispatcher, the
 * provisioner and the expiry job run on both without doing anything twice.
 */
class TwoInstancesTests {

	private static final IsolatedPortal portal = new IsolatedPortal();

	private static final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	private static ConfigurableApplicationContext one;

	private static ConfigurableApplicationContext two;

	private static MarketplaceWorld world;

	@BeforeAll
	static void start() {
		TestSmtp.start();
		String[] jobsOften = { "portal.mail.dispatch-interval=100ms", "portal.provisioning.interval=100ms",
				"portal.provisioning.step-delay=0s", "portal.marketplace.expiry-check-interval=200ms" };
		one = portal.start(jobsOften);
		instances.add(one);
		two = portal.start(jobsOften);
		instances.add(two);
		world = new MarketplaceWorld(one);
	}

	@AfterAll
	static void stop() {
		instances.forEach(ConfigurableApplicationContext::close);
		portal.drop();
	}

	@Test
	void aUserSignedInOnOneInstanceKeepsWorkingOnTheOther() {
		CurrentUser admin = world.customerAdmin;
		HttpUser user = new HttpUser(port(one));
		assertThat(user.logIn(admin.email(), TestData.PASSWORD).headers().firstValue("Location"))
			.hasValue("http://127.0.0.1:" + port(one) + "/");

		HttpResponse<String> dashboard = user.at(port(two)).get("/");
		assertThat(dashboard.statusCode()).isEqualTo(200);
		assertThat(dashboard.body()).contains(admin.fullName());
		// a form of the other instance, with its CSRF token from the shared session
		HttpResponse<String> loggedOut = user.at(port(two)).post("/", "/logout");
		assertThat(loggedOut.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login?logout"));
		assertThat(user.at(port(one)).get("/").statusCode()).isEqualTo(302);
	}

	@Test
	void aUserDeactivatedOnOneInstanceIsSignedOutOnTheOther() {
		CurrentUser finance = new Fixtures(one.getBean(Accounts.class), one.getBean(UserService.class))
			.user(world.customer, Role.FINANCE);
		HttpUser tech = new HttpUser(port(two));
		tech.logIn(finance.email(), TestData.PASSWORD);
		assertThat(tech.get("/").statusCode()).isEqualTo(200);

		one.getBean(UserService.class).deactivate(world.customerAdmin, finance.id());

		HttpResponse<String> next = tech.at(port(two)).get("/");
		assertThat(next.statusCode()).isEqualTo(302);
		assertThat(next.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login?expired"));
		assertThat(tech.at(port(one)).get("/").statusCode()).isEqualTo(302);
	}

	@Test
	void bothInstancesRunTheJobsAndNothingIsSentProvisionedOrExpiredTwice() {
		// ordered services, taken LIVE by whichever provisioner claims them
		ServicesFixtures services = new ServicesFixtures(two);
		List<Long> ports = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			ports.add(services.port(world.customer.id(), TestData.unique("Twin port")));
		}
		// connection requests, expired by whichever expiry job claims them
		List<Long> requests = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			requests.add(world.request(100, 200 + i));
		}
		// due now on both instances, whose clocks are their own: the point here is that
		// one of them expires each
		JdbcTemplate jdbc = one.getBean(JdbcTemplate.class);
		requests.forEach((approval) -> jdbc.update("update approval set expires_at = ? where id = ?",
				Timestamp.from(Instant.now().minusSeconds(60)), approval));
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			ports.forEach((port) -> assertThat(world.stateOf(port)).isEqualTo("LIVE"));
			requests.forEach((approval) -> assertThat(world.statusOf(approval)).isEqualTo("EXPIRED"));
			assertThat(jdbc.queryForObject("select count(*) from outbound_email where status <> 'SENT'", Integer.class))
				.isZero();
		});

		for (long port : ports) {
			assertThat(services.historyOf(port)).as("history of port " + port)
				.filteredOn((event) -> event.startsWith("LIVE") || event.startsWith("CONFIGURED"))
				.hasSize(2);
		}
		// one "expired" email per request to the requester, not one per instance
		assertThat(jdbc.queryForObject(
				"select count(*) from outbound_email where event_type = 'CONNECTION_REQUEST_EXPIRED' and recipient = ?",
				Integer.class, world.customerTech.email()))
			.isEqualTo(requests.size());
		// every email of this database reached its recipient exactly once
		List<Map<String, Object>> sent = jdbc.queryForList("select id, recipient, attempts from outbound_email");
		assertThat(sent).isNotEmpty();
		for (Map<String, Object> email : sent) {
			String messageId = "<outbox-" + email.get("id") + "@portal.example>";
			assertThat(TestSmtp.messagesTo((String) email.get("recipient")))
				.filteredOn((message) -> messageId.equals(messageIdOf(message)))
				.as("copies of %s to %s", messageId, email.get("recipient"))
				.hasSize(1);
			assertThat(email.get("attempts")).isEqualTo(1);
		}
	}

	private static int port(ConfigurableApplicationContext instance) {
		return Integer.parseInt(instance.getEnvironment().getProperty("local.server.port"));
	}

	private static String messageIdOf(MimeMessage message) {
		try {
			return message.getMessageID();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
