package com.interconnect.portal.notification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.interconnect.portal.notification.domain.EmailDispatcher;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.IsolatedPortal;
import com.interconnect.portal.support.TestData;
import com.interconnect.portal.support.TestSmtp;
import com.interconnect.portal.user.domain.UserService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Delivery across restarts, SMTP outages and several portal instances on one database,
 * with instances started and stopped by the test.
 */
class MultiInstanceDeliveryTests {

	private static final IsolatedPortal portal = new IsolatedPortal();

	private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	@BeforeAll
	static void startSmtp() {
		TestSmtp.start();
	}

	@AfterEach
	void stopInstances() {
		this.instances.forEach(ConfigurableApplicationContext::close);
		TestSmtp.start();
	}

	@AfterAll
	static void dropSchema() {
		portal.drop();
	}

	@Test
	void anSmtpOutageAndARestartDelayTheEmailsButLoseNoneAndSendNoneTwice() {
		ConfigurableApplicationContext first = start("portal.mail.dispatch-interval=100ms",
				"portal.mail.max-attempts=1000");
		CurrentUser admin = signUp(first);
		List<String> invitees = List.of(TestData.email("outage-1"), TestData.email("outage-2"),
				TestData.email("outage-3"));

		TestSmtp.stop();
		invitees.forEach((email) -> invite(first, admin, email));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			for (String email : invitees) {
				assertThat(row(first, email, "status")).isEqualTo("PENDING");
				assertThat((Integer) row(first, email, "attempts")).isGreaterThanOrEqualTo(1);
				assertThat(row(first, email, "last_error")).isNotNull();
			}
		});
		first.close();

		TestSmtp.start();
		ConfigurableApplicationContext second = start("portal.mail.dispatch-interval=100ms");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> invitees.forEach((email) -> assertThat(row(second, email, "status")).isEqualTo("SENT")));
		invitees.forEach((email) -> assertThat(TestSmtp.messagesTo(email)).hasSize(1));
		assertThat(invitees.stream().mapToInt((email) -> TestSmtp.messagesTo(email).size()).sum()).isEqualTo(3);
	}

	@Test
	void twoInstancesDispatchingAtOnceNeverSendTheSameEmailTwice() throws Exception {
		// the scheduled runs happen at start-up only: the test runs the rounds itself
		ConfigurableApplicationContext one = start("portal.mail.dispatch-interval=1h", "portal.mail.batch-size=7");
		ConfigurableApplicationContext two = start("portal.mail.dispatch-interval=1h", "portal.mail.batch-size=7");
		CurrentUser admin = signUp(one);
		List<String> invitees = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			invitees.add(TestData.email("pair-" + i));
			invite((i % 2 == 0) ? one : two, admin, invitees.get(i));
		}

		CountDownLatch go = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> sent = new ArrayList<>();
			for (ConfigurableApplicationContext instance : List.of(one, two)) {
				EmailDispatcher dispatcher = instance.getBean(EmailDispatcher.class);
				sent.add(threads.submit(() -> {
					go.await();
					int total = 0;
					for (int round = dispatcher.dispatchRound(); round > 0; round = dispatcher.dispatchRound()) {
						total += round;
					}
					return total;
				}));
			}
			go.countDown();
			// each invitation, and the People email about it to the admin (a subscriber)
			assertThat(sent.get(0).get(60, TimeUnit.SECONDS) + sent.get(1).get(60, TimeUnit.SECONDS)).isEqualTo(80);
		}
		finally {
			threads.shutdownNow();
		}

		for (String email : invitees) {
			assertThat(TestSmtp.messagesTo(email)).as(email).hasSize(1);
			assertThat(row(one, email, "status")).isEqualTo("SENT");
			assertThat(row(one, email, "attempts")).isEqualTo(1);
		}
		assertThat(TestSmtp.messagesTo(admin.email())).hasSize(40);
	}

	private ConfigurableApplicationContext start(String... properties) {
		ConfigurableApplicationContext context = portal.start(properties);
		this.instances.add(context);
		return context;
	}

	private static CurrentUser signUp(ConfigurableApplicationContext instance) {
		return instance.getBean(UserService.class)
			.signUp(TestData.unique("Outbox Co"), "Ada Admin", TestData.email("admin"), TestData.PASSWORD);
	}

	private static void invite(ConfigurableApplicationContext instance, CurrentUser admin, String email) {
		instance.getBean(UserService.class).invite(admin, email, "Ivy Invitee", Role.TECHNICAL_CONTACT);
	}

	private static Object row(ConfigurableApplicationContext instance, String recipient, String column) {
		return instance.getBean(JdbcTemplate.class)
			.queryForObject("select " + column + " from outbound_email where recipient = ?", Object.class, recipient);
	}

}
