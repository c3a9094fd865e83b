package com.interconnect.portal.notification;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.interconnect.portal.notification.domain.PortalMailSender;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * The real mail sender (to the test SMTP server), except that the SMTP server "rejects"
 * the next few messages to chosen addresses, the way a server refuses one recipient and
 * keeps the connection open.
 */
final class FlakyMailSender extends PortalMailSender {

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
	protected void deliver(Transport transport, MimeMessage message) throws MessagingException {
		String to = ((InternetAddress) message.getAllRecipients()[0]).getAddress();
		this.attempts.computeIfAbsent(to, (key) -> new CopyOnWriteArrayList<>()).add(Instant.now());
		if (this.rejectionsLeft.getOrDefault(to, 0) > 0) {
			this.rejectionsLeft.merge(to, -1, Integer::sum);
			throw new MessagingException("550 Simulated rejection of " + to);
		}
		super.deliver(transport, message);
	}

}
