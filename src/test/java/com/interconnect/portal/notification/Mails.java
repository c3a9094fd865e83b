package com.interconnect.portal.notification;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/**
 * Reads the parts of a received email.
 */
final class Mails {

	private Mails() {
	}

	/** The text bodies of a message, by content type (text/plain, text/html). */
	static Map<String, String> textParts(Part part) {
		Map<String, String> parts = new LinkedHashMap<>();
		collect(part, parts);
		return parts;
	}

	private static void collect(Part part, Map<String, String> parts) {
		try {
			if (part.isMimeType("multipart/*")) {
				Multipart multipart = (Multipart) part.getContent();
				for (int i = 0; i < multipart.getCount(); i++) {
					collect(multipart.getBodyPart(i), parts);
				}
			}
			else if (part.isMimeType("text/plain")) {
				parts.put("text/plain", (String) part.getContent());
			}
			else if (part.isMimeType("text/html")) {
				parts.put("text/html", (String) part.getContent());
			}
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
