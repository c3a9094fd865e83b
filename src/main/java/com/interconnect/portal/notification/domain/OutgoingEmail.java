package com.interconnect.portal.notification.domain;

import java.util.List;
import java.util.Map;

import com.interconnect.portal.notification.NotificationGroup;

/**
 * An email to put in the outbox: who it goes to, why, and the template that renders it.
 * The template {@code name} is rendered twice from {@code templates/mail/}:
 * {@code name.html} for the HTML body and {@code name.txt} for the plain-text body, with
 * the model plus {@code operatorName}, {@code baseUrl} and {@code recipient}.
 *
 * @param group the notification group
 * @param eventType what happened, e.g. {@code USER_INVITED}
 * @param companyId the company concerned, if any
 * @param recipients who receives it (duplicates are dropped)
 * @param subject the subject line
 * @param template the template name, without extension
 * @param model the template variables
 * @param secret a secret the email carries (an invitation's set-password token), or null:
 * the model names it as {@link #SECRET}, the outbox keeps it apart from the bodies and
 * forgets it once the email is sent or given up
 */
public record OutgoingEmail(NotificationGroup group, String eventType, Long companyId, List<Recipient> recipients,
		String subject, String template, Map<String, Object> model, String secret) {

	/** Where the bodies hold the secret, put in only when the email is sent. */
	public static final String SECRET = "{secret}";

	public OutgoingEmail {
		recipients = List.copyOf(recipients);
		model = Map.copyOf(model);
	}

	public OutgoingEmail(NotificationGroup group, String eventType, Long companyId, List<Recipient> recipients,
			String subject, String template, Map<String, Object> model) {
		this(group, eventType, companyId, recipients, subject, template, model, null);
	}

	/**
	 * One recipient: an email address, and the portal user it belongs to if there is one.
	 */
	public record Recipient(String email, Long userId) {

		public static Recipient user(String email, long userId) {
			return new Recipient(email, userId);
		}

		public static Recipient address(String email) {
			return new Recipient(email, null);
		}

	}

}
