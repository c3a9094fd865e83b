package com.interconnect.portal.notification.domain;

import java.time.Duration;
import java.time.Instant;

import com.interconnect.portal.notification.NotificationGroup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class OutboundEmailTests {

	private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

	private final OutboundMailProperties properties = new OutboundMailProperties("no-reply@portal.example",
			Duration.ofSeconds(5), 20, 25, Duration.ofSeconds(30), Duration.ofMinutes(30), Duration.ofMinutes(5));

	@Test
	void theBackoffDoublesFromTheInitialBackoffUpToTheMaximum() {
		assertThat(this.properties.backoffAfter(1)).isEqualTo(Duration.ofSeconds(30));
		assertThat(this.properties.backoffAfter(2)).isEqualTo(Duration.ofMinutes(1));
		assertThat(this.properties.backoffAfter(3)).isEqualTo(Duration.ofMinutes(2));
		assertThat(this.properties.backoffAfter(6)).isEqualTo(Duration.ofMinutes(16));
		assertThat(this.properties.backoffAfter(7)).isEqualTo(Duration.ofMinutes(30));
		assertThat(this.properties.backoffAfter(24)).isEqualTo(Duration.ofMinutes(30));
		assertThat(this.properties.backoffAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(30));
	}

	@Test
	void aFailedAttemptSchedulesTheNextOneAfterTheBackoff() {
		OutboundEmail email = email();
		email.attemptFailed("Connection refused", NOW, this.properties);
		assertThat(email.status()).isEqualTo(EmailStatus.PENDING);
		assertThat(email.attempts()).isEqualTo(1);
		assertThat(email.lastError()).isEqualTo("Connection refused");
		assertThat(email.nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));

		email.attemptFailed("Connection refused", NOW.plusSeconds(30), this.properties);
		assertThat(email.nextAttemptAt()).isEqualTo(NOW.plusSeconds(90));
	}

	@Test
	void theLastAllowedAttemptFailingGivesTheEmailUp() {
		OutboundEmail email = email();
		for (int attempt = 1; attempt < 25; attempt++) {
			email.attemptFailed("550 rejected", NOW, this.properties);
		}
		assertThat(email.status()).isEqualTo(EmailStatus.PENDING);
		email.attemptFailed("550 rejected", NOW, this.properties);
		assertThat(email.status()).isEqualTo(EmailStatus.FAILED);
		assertThat(email.attempts()).isEqualTo(25);
		assertThatIllegalStateException().isThrownBy(() -> email.sent(NOW));
	}

	@Test
	void sendingCountsTheAttemptAndRecordsWhen() {
		OutboundEmail email = email();
		email.attemptFailed("Connection refused", NOW, this.properties);
		email.sent(NOW.plusSeconds(31));
		assertThat(email.status()).isEqualTo(EmailStatus.SENT);
		assertThat(email.attempts()).isEqualTo(2);
		assertThat(email.sentAt()).isEqualTo(NOW.plusSeconds(31));
		assertThatIllegalStateException().isThrownBy(() -> email.attemptFailed("late", NOW, this.properties));
	}

	@Test
	void longErrorsAreTruncated() {
		OutboundEmail email = email();
		email.attemptFailed("x".repeat(5000), NOW, this.properties);
		assertThat(email.lastError()).hasSize(OutboundEmail.MAX_ERROR_LENGTH);
	}

	private static OutboundEmail email() {
		return new OutboundEmail("ivy@test.example", 1L, 2L, NotificationGroup.PEOPLE, "USER_INVITED",
				new RenderedEmail("Subject", "text", "<p>html</p>"), null, NOW);
	}

}
