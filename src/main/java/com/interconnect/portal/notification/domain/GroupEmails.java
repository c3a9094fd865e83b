package com.interconnect.portal.notification.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.notification.NotificationGroup;
import com.interconnect.portal.notification.domain.OutgoingEmail.Recipient;

import org.springframework.stereotype.Component;

/**
 * Writes the email of one event to a notification group: to the company's subscribers
 * ({@link Subscribers}) and to the users the event concerns, who receive it whatever
 * their settings. Every email names the company, links into the portal and says in its
 * footer why the recipient got it, with a link to Notification Settings.
 * <p>
 * The listeners that call it are synchronous, so the email is written in the transaction
 * of the change: it exists if and only if the change was committed.
 */
@Component
class GroupEmails {

	static final String SETTINGS_PATH = "/account/notifications";

	private static final DateTimeFormatter TIME = DateTimeFormatter
		.ofPattern("EEEE d MMMM yyyy 'at' HH:mm 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private final EmailOutbox outbox;

	private final EmailRenderer renderer;

	private final Subscribers subscribers;

	private final Accounts accounts;

	GroupEmails(EmailOutbox outbox, EmailRenderer renderer, Subscribers subscribers, Accounts accounts) {
		this.outbox = outbox;
		this.renderer = renderer;
		this.subscribers = subscribers;
		this.accounts = accounts;
	}

	/**
	 * Starts the email of an event.
	 * @param template the template in {@code templates/mail/}, without extension
	 */
	Draft draft(NotificationGroup group, String eventType, long companyId, String template) {
		return new Draft(group, eventType, companyId, template);
	}

	static String format(Instant instant) {
		return TIME.format(instant);
	}

	/** One event's email, built up and then {@link #send() sent}. */
	final class Draft {

		private final NotificationGroup group;

		private final String eventType;

		private final long companyId;

		private final String template;

		private final Map<String, Object> model = new HashMap<>();

		private final List<Long> concerned = new ArrayList<>();

		private String subject;

		private String path = "/";

		private String fallbackAddress;

		private Draft(NotificationGroup group, String eventType, long companyId, String template) {
			this.group = group;
			this.eventType = eventType;
			this.companyId = companyId;
			this.template = template;
		}

		Draft subject(String subject) {
			this.subject = subject;
			return this;
		}

		/** The page of the portal the email links to, and the link's label. */
		Draft link(String path, String label) {
			this.path = path;
			this.model.put("linkLabel", label);
			return this;
		}

		/**
		 * A template variable; null values are left out (templates treat them as absent).
		 */
		Draft with(String name, Object value) {
			if (value != null) {
				this.model.put(name, value);
			}
			return this;
		}

		/**
		 * A user the event concerns, who receives the email whatever their role and
		 * settings.
		 * @param reason why, completing the footer sentence
		 * {@code You received this email because …}
		 */
		Draft alsoTo(long userId, String reason) {
			this.concerned.add(userId);
			this.model.put("personalReason", reason);
			return this;
		}

		/**
		 * Where the email goes when nobody would receive it: a provider's Marketplace
		 * profile contact email (product.md §7); the templates say why
		 * ({@code contactFallback}). Null for none.
		 */
		Draft orElseTo(String address) {
			this.fallbackAddress = address;
			return this;
		}

		/**
		 * @return how many emails were written
		 */
		int send() {
			List<Recipient> recipients = new ArrayList<>();
			this.concerned.forEach((userId) -> recipients.addAll(GroupEmails.this.subscribers.user(userId)));
			recipients.addAll(GroupEmails.this.subscribers.of(this.companyId, this.group));
			boolean fallback = recipients.isEmpty() && this.fallbackAddress != null;
			if (fallback) {
				recipients.add(Recipient.address(this.fallbackAddress));
			}
			this.model.put("contactFallback", fallback);
			if (recipients.isEmpty()) {
				return 0;
			}
			String companyName = GroupEmails.this.accounts.get(this.companyId).name();
			this.model.put("subject", this.subject);
			this.model.put("companyName", companyName);
			this.model.put("groupLabel", this.group.label());
			this.model.put("alwaysOn", this.group.isAlwaysOn());
			this.model.put("concernedUserIds", List.copyOf(this.concerned));
			this.model.put("link", GroupEmails.this.renderer.link(this.path));
			this.model.put("settingsLink", GroupEmails.this.renderer.link(SETTINGS_PATH));
			return GroupEmails.this.outbox.enqueue(new OutgoingEmail(this.group, this.eventType, this.companyId,
					recipients, this.subject, this.template, this.model));
		}

	}

}
