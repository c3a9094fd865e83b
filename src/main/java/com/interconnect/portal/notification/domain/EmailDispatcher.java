package com.interconnect.portal.notification.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the due emails of the outbox in the background, with retries and backoff.
 * <p>
 * Each round claims a batch of due rows with {@code FOR UPDATE SKIP LOCKED} and keeps
 * them locked until it has recorded the outcome, so that several portal instances on one
 * database never send the same email twice. An SMTP outage only delays the emails: each
 * failed attempt is recorded and retried later, up to {@code portal.mail.max-attempts}.
 */
@Component
public class EmailDispatcher {

	private static final Logger logger = LoggerFactory.getLogger(EmailDispatcher.class);

	private final OutboundEmailRepository emails;

	private final JavaMailSender mailSender;

	private final OutboundMailProperties properties;

	private final String operatorName;

	private final TransactionTemplate transaction;

	private final Clock clock;

	EmailDispatcher(OutboundEmailRepository emails, JavaMailSender mailSender, OutboundMailProperties properties,
			@Value("${portal.operator-name}") String operatorName, PlatformTransactionManager transactionManager,
			Clock clock) {
		this.emails = emails;
		this.mailSender = mailSender;
		this.properties = properties;
		this.operatorName = operatorName;
		this.transaction = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${portal.mail.dispatch-interval}")
	void dispatchScheduled() {
		try {
			// keep going while there is a backlog of emails that can be sent
			while (dispatchRound() == this.properties.batchSize() && !Thread.currentThread().isInterrupted()) {
				logger.debug("Full batch sent, dispatching the next one");
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Email dispatch failed, will try again: {}", describe(ex));
		}
	}

	/**
	 * Runs one dispatch round now: claims up to {@code portal.mail.batch-size} due
	 * emails, sends them and records the outcome of each.
	 * @return how many emails were sent
	 */
	public int dispatchRound() {
		Integer sent = this.transaction.execute((status) -> {
			List<OutboundEmail> due = this.emails.claimDue(this.clock.instant(), this.properties.batchSize());
			return due.isEmpty() ? 0 : send(due);
		});
		return (sent != null) ? sent : 0;
	}

	private int send(List<OutboundEmail> due) {
		// a MimeMessage is equal only to itself, so this map finds each email by its
		// message
		Map<MimeMessage, OutboundEmail> messages = new LinkedHashMap<>();
		for (OutboundEmail email : due) {
			try {
				messages.put(toMimeMessage(email), email);
			}
			catch (Exception ex) {
				email.attemptFailed(describe(ex), this.clock.instant(), this.properties);
			}
		}
		Map<Object, Exception> failures = sendAll(messages.keySet().toArray(MimeMessage[]::new));
		Instant now = this.clock.instant();
		int sent = 0;
		for (Map.Entry<MimeMessage, OutboundEmail> entry : messages.entrySet()) {
			Exception failure = failures.get(entry.getKey());
			if (failure == null) {
				entry.getValue().sent(now);
				sent++;
			}
			else {
				entry.getValue().attemptFailed(describe(failure), now, this.properties);
			}
		}
		if (sent < due.size()) {
			String error = due.stream()
				.filter((email) -> email.status() != EmailStatus.SENT)
				.map(OutboundEmail::lastError)
				.findFirst()
				.orElse(null);
			logger.warn("Sent {} of {} due emails, the others will be retried (or given up after {} attempts): {}",
					sent, due.size(), this.properties.maxAttempts(), error);
		}
		return sent;
	}

	/**
	 * Sends the messages over one SMTP connection.
	 * @return the messages that failed, each with its exception
	 */
	private Map<Object, Exception> sendAll(MimeMessage[] messages) {
		if (messages.length == 0) {
			return Map.of();
		}
		try {
			this.mailSender.send(messages);
			return Map.of();
		}
		catch (MailSendException ex) {
			// JavaMailSenderImpl names exactly the messages it could not send (all the
			// remaining ones when it cannot connect); none means they were all sent but
			// the connection did not close cleanly
			return ex.getFailedMessages();
		}
		catch (MailException ex) {
			// authentication or preparation failed: nothing was sent
			Map<Object, Exception> all = new LinkedHashMap<>();
			for (MimeMessage message : messages) {
				all.put(message, ex);
			}
			return all;
		}
	}

	private MimeMessage toMimeMessage(OutboundEmail email) throws Exception {
		MimeMessage message = this.mailSender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
				"UTF-8");
		helper.setFrom(this.properties.from(), this.operatorName);
		helper.setTo(email.recipient());
		helper.setSubject(email.subject());
		helper.setText(email.textToSend(), email.htmlToSend());
		return message;
	}

	private static String describe(Throwable ex) {
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
		String description = ex.getClass().getSimpleName() + ": " + ex.getMessage();
		return (cause != ex) ? description + " (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")"
				: description;
	}

}
