package com.interconnect.portal.notification.domain;

import java.util.Date;
import java.util.List;
import java.util.function.BooleanSupplier;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Spring's mail sender (configured from {@code spring.mail.*}), with one more way to
 * send: a round of messages over one SMTP connection, telling the caller each message's
 * outcome as soon as the server has answered for it, so that it can be recorded before
 * the next one goes out.
 */
public class PortalMailSender extends JavaMailSenderImpl {

	/** What happened to each message, in the order they were given. */
	public interface Outcome {

		void sent(int index);

		void failed(int index, Exception failure);

	}

	/**
	 * Sends the messages one after the other over one connection; stops early (leaving
	 * the rest unreported) once {@code keepSending} says no, as on shutdown.
	 */
	public void sendEach(List<MimeMessage> messages, Outcome outcome, BooleanSupplier keepSending) {
		Transport transport;
		try {
			transport = connectTransport();
		}
		catch (MessagingException ex) {
			for (int index = 0; index < messages.size(); index++) {
				outcome.failed(index, ex);
			}
			return;
		}
		try {
			for (int index = 0; index < messages.size() && keepSending.getAsBoolean(); index++) {
				try {
					deliver(transport, messages.get(index));
				}
				catch (MessagingException ex) {
					outcome.failed(index, ex);
					if (!transport.isConnected()) {
						transport = reconnect(transport, messages, index + 1, outcome);
						if (transport == null) {
							return;
						}
					}
					continue;
				}
				outcome.sent(index);
			}
		}
		finally {
			close(transport);
		}
	}

	/**
	 * Hands one message to the SMTP server, keeping its Message-ID (saving a message
	 * would make a new one).
	 */
	protected void deliver(Transport transport, MimeMessage message) throws MessagingException {
		if (message.getSentDate() == null) {
			message.setSentDate(new Date());
		}
		String messageId = message.getMessageID();
		message.saveChanges();
		if (messageId != null) {
			message.setHeader("Message-ID", messageId);
		}
		transport.sendMessage(message, message.getAllRecipients());
	}

	/** A new connection, or null after failing the messages from {@code next} on. */
	private Transport reconnect(Transport broken, List<MimeMessage> messages, int next, Outcome outcome) {
		close(broken);
		try {
			return connectTransport();
		}
		catch (MessagingException ex) {
			for (int index = next; index < messages.size(); index++) {
				outcome.failed(index, ex);
			}
			return null;
		}
	}

	private static void close(Transport transport) {
		try {
			if (transport != null) {
				transport.close();
			}
		}
		catch (MessagingException ex) {
			// the messages were answered for already
		}
	}

}
