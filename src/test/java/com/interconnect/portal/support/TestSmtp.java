package com.interconnect.portal.support;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * One real SMTP server (GreenMail) for the whole test run, on the port that
 * src/test/resources/config sets. Every cached Spring context of the run delivers to it,
 * so tests look only at the messages to their own (unique) addresses.
 */
public final class TestSmtp {

	public static final int PORT = 3925;

	private static GreenMail server;

	private TestSmtp() {
	}

	public static synchronized GreenMail server() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			server.start();
		}
		return server;
	}

	/** An SMTP outage: the port refuses connections until {@link #start()}. */
	public static synchronized void stop() {
		server().stop();
		server = null;
	}

	public static void start() {
		server();
	}

	public static List<MimeMessage> messagesTo(String email) {
		return Arrays.stream(server().getReceivedMessages()).filter((message) -> isTo(message, email)).toList();
	}

	private static boolean isTo(MimeMessage message, String email) {
		try {
			Address[] recipients = message.getRecipients(Message.RecipientType.TO);
			return recipients != null
					&& Arrays.stream(recipients).anyMatch((address) -> address.toString().equalsIgnoreCase(email));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
