package com.interconnect.portal.notification.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.interconnect.portal.shared.LogContext;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the due emails of the outbox in the background, with retries and backoff.
 * <p>
 * Each round claims a batch of due rows ({@code FOR UPDATE SKIP LOCKED}, then not due
 * again for {@code portal.mail.claim-timeout}), so that several portal instances on one
 * database never send the same email twice. It sends them over one SMTP connection and
 * records each one's outcome right after the server answered for it (one update by id),
 * so an instance that dies between sending and recording leaves at most one email to be
 * sent again, with the same {@code Message-ID} (built from its outbox id) for receivers
 * to drop the copy. An SMTP outage only delays the emails: each failed attempt is
 * recorded and retried later, up to {@code portal.mail.max-attempts}.
 */
@Component
public class EmailDispatcher implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(EmailDispatcher.class);

	private final OutboundEmailRepository emails;

	private final PortalMailSender mailSender;

	private final OutboundMailProperties properties;

	private final String operatorName;

	private final TransactionTemplate transaction;

	private final EmailMetrics metrics;

	private final Clock clock;

	/**
	 * False once the portal stops: the round in progress finishes the email it is
	 * sending, records it while the database is still there, and hands back the rest.
	 */
	private volatile boolean running;

	EmailDispatcher(OutboundEmailRepository emails, PortalMailSender mailSender, OutboundMailProperties properties,
			@Value("${portal.operator-name}") String operatorName, PlatformTransactionManager transactionManager,
			EmailMetrics metrics, Clock clock) {
		this.emails = emails;
		this.mailSender = mailSender;
		this.properties = properties;
		this.operatorName = operatorName;
		this.transaction = new TransactionTemplate(transactionManager);
		this.metrics = metrics;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${portal.mail.dispatch-interval}")
	void dispatchScheduled() {
		LogContext.runJob("email-dispatcher", () -> {
			try {
				// keep going while there is a backlog of emails that can be sent, until
				// shutdown
				while (dispatchRound() == this.properties.batchSize() && keepSending()) {
					logger.debug("Full batch sent, dispatching the next one");
				}
			}
			catch (RuntimeException ex) {
				logger.warn("Email dispatch failed, will try again: {}", describe(ex));
			}
		});
	}

	/**
	 * Runs one dispatch round now: claims up to {@code portal.mail.batch-size} due
	 * emails, sends them and records the outcome of each right after it.
	 * @return how many emails were sent
	 */
	public int dispatchRound() {
		List<OutboundEmail> claimed = claim();
		if (claimed.isEmpty()) {
			return 0;
		}
		List<OutboundEmail> sending = new ArrayList<>();
		List<MimeMessage> messages = new ArrayList<>();
		for (OutboundEmail email : claimed) {
			try {
				messages.add(toMimeMessage(email));
				sending.add(email);
			}
			catch (Exception ex) {
				failed(email, ex);
			}
		}
		Round round = new Round(sending);
		try {
			this.mailSender.sendEach(messages, round, this::keepSending);
		}
		finally {
			// what a stopping round did not attempt is due again at once, for any
			// instance
			List<Long> unattempted = round.unattempted();
			if (!unattempted.isEmpty()) {
				this.transaction
					.executeWithoutResult((status) -> this.emails.release(unattempted, this.clock.instant()));
			}
		}
		if (round.failures > 0) {
			logger.warn("Sent {} of {} due emails, the others will be retried (or given up after {} attempts): {}",
					round.sent, claimed.size(), this.properties.maxAttempts(), round.firstError);
		}
		return round.sent;
	}

	private boolean keepSending() {
		return this.running && !Thread.currentThread().isInterrupted();
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private List<OutboundEmail> claim() {
		List<OutboundEmail> claimed = this.transaction.execute((status) -> {
			Instant now = this.clock.instant();
			List<OutboundEmail> due = this.emails.claimDue(now, this.properties.batchSize());
			if (!due.isEmpty()) {
				this.emails.claim(due.stream().map(OutboundEmail::id).toList(),
						now.plus(this.properties.claimTimeout()));
			}
			return due;
		});
		return (claimed != null) ? claimed : List.of();
	}

	private void release(List<Long> unattempted) {
		if (unattempted.isEmpty()) {
			return;
		}
		try {
			this.transaction.executeWithoutResult((status) -> this.emails.release(unattempted, this.clock.instant()));
		}
		catch (RuntimeException ex) {
			logger.warn("{} claimed emails wait for their claim to time out: {}", unattempted.size(), describe(ex));
		}
	}

	private void sent(OutboundEmail email) {
		email.sent(this.clock.instant());
		record(email);
		this.metrics.sent(email.group());
		try (LogContext.Scope user = LogContext.forUser(email.userId())) {
			logger.debug("Sent email {} ({})", email.id(), email.subject());
		}
	}

	private void failed(OutboundEmail email, Exception failure) {
		email.attemptFailed(describe(failure), this.clock.instant(), this.properties);
		record(email);
		try (LogContext.Scope user = LogContext.forUser(email.userId())) {
			logger.debug("Email {} not sent (attempt {}): {}", email.id(), email.attempts(), email.lastError());
		}
	}

	private void record(OutboundEmail email) {
		this.transaction.executeWithoutResult((status) -> this.emails.recordAttempt(email.id(), email.status(),
				email.attempts(), email.nextAttemptAt(), email.lastError(), email.sentAt(), email.secret()));
	}

	private MimeMessage toMimeMessage(OutboundEmail email) throws Exception {
		MimeMessage message = this.mailSender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
				"UTF-8");
		helper.setFrom(this.properties.from(), this.operatorName);
		helper.setTo(email.recipient());
		helper.setSubject(email.subject());
		helper.setText(email.textToSend(), email.htmlToSend());
		message.setHeader("Message-ID", messageId(email));
		return message;
	}

	/** The same for every attempt at one email, so that receivers can drop a copy. */
	String messageId(OutboundEmail email) {
		return "<outbox-" + email.id() + "@" + this.properties.fromDomain() + ">";
	}

	private static String describe(Throwable ex) {
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
		String description = ex.getClass().getSimpleName() + ": " + ex.getMessage();
		return (cause != ex) ? description + " (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")"
				: description;
	}

	/** One round's emails and what became of them. */
	private final class Round implements PortalMailSender.Outcome {

		private final List<OutboundEmail> emails;

		private final boolean[] answered;

		private int sent;

		private int failures;

		private String firstError;

		Round(List<OutboundEmail> emails) {
			this.emails = emails;
			this.answered = new boolean[emails.size()];
		}

		@Override
		public void sent(int index) {
			this.answered[index] = true;
			EmailDispatcher.this.sent(this.emails.get(index));
			this.sent++;
		}

		@Override
		public void failed(int index, Exception failure) {
			this.answered[index] = true;
			OutboundEmail email = this.emails.get(index);
			EmailDispatcher.this.failed(email, failure);
			this.failures++;
			if (this.firstError == null) {
				this.firstError = email.lastError();
			}
		}

		List<Long> unattempted() {
			List<Long> ids = new ArrayList<>();
			for (int index = 0; index < this.emails.size(); index++) {
				if (!this.answered[index]) {
					ids.add(this.emails.get(index).id());
				}
			}
			return ids;
		}

	}

}
