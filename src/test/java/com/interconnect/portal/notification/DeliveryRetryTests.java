package com.interconnect.portal.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.interconnect.portal.notification.domain.EmailOutbox;
import com.interconnect.portal.notification.domain.OutgoingEmail;
import com.interconnect.portal.notification.domain.OutgoingEmail.Recipient;
import com.interconnect.portal.notification.domain.PortalMailSender;
import com.interconnect.portal.support.IsolatedPortal;
import com.interconnect.portal.support.TestData;
import com.interconnect.portal.support.TestSmtp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Retries with backoff: a message the SMTP server rejects is tried again later, without
 * holding up the others, and given up after {@code portal.mail.max-attempts}.
 */
class DeliveryRetryTests {

	private static final IsolatedPortal portal = new IsolatedPortal();

	private static final FlakyMailSender mailSender = new FlakyMailSender("127.0.0.1", TestSmtp.PORT);

	private static ConfigurableApplicationContext instance;

	@BeforeAll
	static void start() {
		TestSmtp.start();
		instance = portal.start(
				(context) -> ((GenericApplicationContext) context).registerBean("mailSender", PortalMailSender.class,
						() -> mailSender),
				"portal.mail.dispatch-interval=100ms", "portal.mail.max-attempts=3",
				"portal.mail.initial-backoff=200ms", "portal.mail.max-backoff=1s");
	}

	@AfterAll
	static void stop() {
		if (instance != null) {
			instance.close();
		}
		portal.drop();
	}

	@Test
	void aRejectedMessageIsRetriedWithBackoffUntilSentOrGivenUpWithoutHoldingUpTheOthers() {
		String flaky = TestData.email("flaky");
		String rejected = TestData.email("rejected");
		String fine = TestData.email("fine");
		mailSender.reject(flaky, 2);
		mailSender.reject(rejected, Integer.MAX_VALUE);

		instance.getBean(EmailOutbox.class)
			.enqueue(new OutgoingEmail(NotificationGroup.PEOPLE, "USER_INVITED", null,
					List.of(Recipient.address(flaky), Recipient.address(rejected), Recipient.address(fine)),
					"You're invited", "user-invited",
					Map.of("fullName", "Ivy Invitee", "companyName", "Retry Co", "roleName", "Finance", "invitedBy",
							"Ada Admin", "link", "http://localhost:8080/invitations/x", "expiresAt", "soon")));

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(row(fine)).containsEntry("status", "SENT").containsEntry("attempts", 1);
			assertThat(row(flaky)).containsEntry("status", "SENT").containsEntry("attempts", 3);
			assertThat(row(rejected)).containsEntry("status", "FAILED").containsEntry("attempts", 3);
		});
		assertThat(TestSmtp.messagesTo(fine)).hasSize(1);
		assertThat(TestSmtp.messagesTo(flaky)).hasSize(1);
		assertThat(TestSmtp.messagesTo(rejected)).isEmpty();
		assertThat((String) row(flaky).get("last_error")).contains("Simulated rejection");
		assertThat((String) row(rejected).get("last_error")).contains("Simulated rejection");

		// each retry waited at least the backoff: 200ms after the first failure, 400ms
		// after
		// the second
		List<Instant> attempts = mailSender.attemptsTo(flaky);
		assertThat(attempts).hasSize(3);
		assertThat(Duration.between(attempts.get(0), attempts.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(200));
		assertThat(Duration.between(attempts.get(1), attempts.get(2))).isGreaterThanOrEqualTo(Duration.ofMillis(400));
		// a failed email is not tried again
		assertThat(mailSender.attemptsTo(rejected)).hasSize(3);
		// the healthy email went out at the first attempt, before either retry of the
		// others
		assertThat(mailSender.attemptsTo(fine)).singleElement()
			.satisfies((sent) -> assertThat(sent).isBefore(attempts.get(1))
				.isBefore(mailSender.attemptsTo(rejected).get(1)));
	}

	private static Map<String, Object> row(String recipient) {
		return instance.getBean(JdbcTemplate.class)
			.queryForMap("select status, attempts, last_error from outbound_email where recipient = ?", recipient);
	}

}
