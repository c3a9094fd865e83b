package com.interconnect.portal.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The real mail sender (to the test SMTP server), except that the SMTP server "rejects"
 * the next few messages to chosen addresses, the way JavaMailSenderImpl reports a message
 * it could not send.
 */
final class FlakyMailSender extends JavaMailSenderImpl {

	private final Map<String, Integer> rejectionsLeft = new ConcurrentHashMap<>();

	private final Map<String, List<Instant>> attempts = new ConcurrentHashMap<>();

	FlakyMailSender(String host, int port) {
		setHost(host);
		setPort(port);
	}

	void reject(String email, int times) {
		this.rejectionsLeft.put(email, times);
	}

	List<Instant> attemptsTo(String email) {
		return this.attempts.getOrDefault(email, List.of());
	}

	@Override
	protected void doSend(MimeMessage[] messages, Object[] originalMessages) {
		Map<Object, Exception> failed = new LinkedHashMap<>();
		List<MimeMessage> accepted = new ArrayList<>();
		for (MimeMessage message : messages) {
			String to = recipient(message);
			this.attempts.computeIfAbsent(to, (key) -> new CopyOnWriteArrayList<>()).add(Instant.now());
			if (this.rejectionsLeft.getOrDefault(to, 0) > 0) {
				this.rejectionsLeft.merge(to, -1, Integer::sum);
				failed.put(message, new MessagingException("550 Simulated rejection of " + to));
			}
			else {
				accepted.add(message);
			}
		}
		try {
			if (!accepted.isEmpty()) {
				super.doSend(accepted.toArray(MimeMessage[]::new), null);
			}
		}
		catch (MailSendException ex) {
			failed.putAll(ex.getFailedMessages());
		}
		if (!failed.isEmpty()) {
			throw new MailSendException(failed);
		}
	}

	private static String recipient(MimeMessage message) {
		try {
			return ((InternetAddress) message.getAllRecipients()[0]).getAddress();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
