package com.interconnect.portal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * One real SMTP server (GreenMail) for the whole test run, on a port of its own
 * ({@code TEST_SMTP_PORT}, or a free one) that {@link TestRun} hands to every Spring
 * context as {@code spring.mail.port}. Every cached Spring context of the run delivers to
 * it, so tests look only at the messages to their own (unique) addresses.
 */
public final class TestSmtp {

	public static final int PORT = Integer.parseInt(System.getenv().getOrDefault("TEST_SMTP_PORT", freePort()));

	private static GreenMail server;

	private TestSmtp() {
	}

	private static String freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return String.valueOf(socket.getLocalPort());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
