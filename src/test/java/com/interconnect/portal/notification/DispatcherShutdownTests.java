package com.interconnect.portal.notification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.interconnect.portal.notification.domain.EmailOutbox;
import com.interconnect.portal.notification.domain.OutgoingEmail;
import com.interconnect.portal.notification.domain.OutgoingEmail.Recipient;
import com.interconnect.portal.notification.domain.PortalMailSender;
import com.interconnect.portal.support.IsolatedPortal;
import com.interconnect.portal.support.TestData;
import com.interconnect.portal.support.TestSmtp;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An instance stopped, or killed, in the middle of a batch: another instance sends the
 * rest, nothing is lost, and at most the one email that was sent but not recorded goes
 * out twice, with the same Message-ID.
 */
class DispatcherShutdownTests {

	private static final int EMAILS = 60;

	private static final IsolatedPortal portal = new IsolatedPortal();

	private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	@BeforeAll
	static void startSmtp() {
		TestSmtp.start();
	}

	@AfterEach
	void stopInstances() {
		this.instances.forEach(ConfigurableApplicationContext::close);
	}

	@AfterAll
	static void dropSchema() {
		portal.drop();
	}

	@Test
	void anInstanceStoppedMidBatchHandsBackWhatItDidNotSend() {
		SlowMailSender slow = new SlowMailSender(() -> {
		});
		ConfigurableApplicationContext first = start(slow,
				"spring.task.scheduling.shutdown.await-termination-period=100ms");
		List<String> recipients = enqueue(first, "stopped");
		await().atMost(Duration.ofSeconds(30)).until(() -> delivered(recipients) >= 10);
		first.close();
		int sentBeforeStop = delivered(recipients);

		ConfigurableApplicationContext second = start(null);
		Figures figures = awaitAllSent(second, recipients);

		System.out.printf("Stopped mid-batch after %d of %d emails: sent %d, lost %d, duplicated %d%n", sentBeforeStop,
				EMAILS, figures.sent(), figures.lost(), figures.duplicated());
		assertThat(sentBeforeStop).isLessThan(EMAILS);
		assertThat(figures.lost()).isZero();
		assertThat(figures.duplicated()).isZero();
	}

	@Test
	void anInstanceKilledBetweenSendingAndRecordingDuplicatesAtMostOneEmail() {
		AtomicInteger deliveries = new AtomicInteger();
		ConfigurableApplicationContext[] first = new ConfigurableApplicationContext[1];
		// after the 10th email the SMTP server accepted, the instance loses its database,
		// as if it died before recording that email: nothing it does after counts
		SlowMailSender dying = new SlowMailSender(() -> {
			if (deliveries.incrementAndGet() == 10) {
				first[0].getBean(HikariDataSource.class).close();
			}
		});
		first[0] = start(dying);
		List<String> recipients = enqueue(first[0], "killed");
		await().atMost(Duration.ofSeconds(30)).until(() -> deliveries.get() >= 10);
		first[0].close();

		ConfigurableApplicationContext second = start(null);
		Figures figures = awaitAllSent(second, recipients);

		System.out.printf("Killed between sending and recording email 10 of %d: sent %d, lost %d, duplicated %d%n",
				EMAILS, figures.sent(), figures.lost(), figures.duplicated());
		assertThat(figures.lost()).isZero();
		assertThat(figures.duplicated()).isLessThanOrEqualTo(1);
		// a copy carries the Message-ID of the first: receivers can drop it
		for (String recipient : recipients) {
			Set<String> ids = TestSmtp.messagesTo(recipient)
				.stream()
				.map(DispatcherShutdownTests::messageId)
				.collect(Collectors.toSet());
			assertThat(ids).as(recipient).hasSize(1);
		}
	}

	private ConfigurableApplicationContext start(PortalMailSender mailSender, String... properties) {
		List<String> all = new ArrayList<>(List.of("portal.mail.dispatch-interval=100ms", "portal.mail.batch-size=20",
				"portal.mail.claim-timeout=2s"));
		all.addAll(List.of(properties));
		ConfigurableApplicationContext instance = portal.start((context) -> {
			if (mailSender != null) {
				((GenericApplicationContext) context).registerBean("mailSender", PortalMailSender.class,
						() -> mailSender);
			}
		}, all.toArray(String[]::new));
		this.instances.add(instance);
		return instance;
	}

	private static List<String> enqueue(ConfigurableApplicationContext instance, String prefix) {
		List<String> recipients = new ArrayList<>();
		for (int i = 0; i < EMAILS; i++) {
			recipients.add(TestData.email(prefix + "-" + i));
		}
		instance.getBean(EmailOutbox.class)
			.enqueue(new OutgoingEmail(NotificationGroup.PEOPLE, "USER_INVITED", null,
					recipients.stream().map(Recipient::address).toList(), "You're invited", "user-invited",
					Map.of("fullName", "Ivy Invitee", "companyName", "Shutdown Co", "roleName", "Finance", "invitedBy",
							"Ada Admin", "link", "http://localhost:8080/invitations/x", "expiresAt", "soon")));
		return recipients;
	}

	private static Figures awaitAllSent(ConfigurableApplicationContext instance, List<String> recipients) {
		JdbcTemplate jdbc = instance.getBean(JdbcTemplate.class);
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(
					jdbc.queryForList("select recipient from outbound_email where status = 'SENT'", String.class))
				.filteredOn(recipients::contains)
				.hasSize(EMAILS));
		int sent = 0;
		int lost = 0;
		int duplicated = 0;
		for (String recipient : recipients) {
			int copies = TestSmtp.messagesTo(recipient).size();
			sent += copies;
			lost += (copies == 0) ? 1 : 0;
			duplicated += Math.max(copies - 1, 0);
		}
		return new Figures(sent, lost, duplicated);
	}

	private static int delivered(List<String> recipients) {
		return recipients.stream().mapToInt((recipient) -> TestSmtp.messagesTo(recipient).size()).sum();
	}

	private static String messageId(MimeMessage message) {
		try {
			return message.getMessageID();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Figures(int sent, int lost, int duplicated) {
	}

	/**
	 * A slow SMTP server: 20 ms per email, then whatever the test does after each one.
	 */
	private static final class SlowMailSender extends PortalMailSender {

		private final Runnable afterEach;

		SlowMailSender(Runnable afterEach) {
			this.afterEach = afterEach;
			setHost("127.0.0.1");
			setPort(TestSmtp.PORT);
		}

		@Override
		protected void deliver(Transport transport, MimeMessage message) throws MessagingException {
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			super.deliver(transport, message);
			this.afterEach.run();
		}

	}

}
