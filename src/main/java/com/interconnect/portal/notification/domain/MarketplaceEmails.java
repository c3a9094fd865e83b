package com.interconnect.portal.notification.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.interconnect.portal.marketplace.ApprovalStatus;
import com.interconnect.portal.marketplace.ConnectionAvailable;
import com.interconnect.portal.marketplace.ConnectionCancelled;
import com.interconnect.portal.marketplace.ConnectionRequest;
import com.interconnect.portal.marketplace.ConnectionRequestDecided;
import com.interconnect.portal.marketplace.ConnectionRequestOpened;
import com.interconnect.portal.marketplace.ConnectionRequestReminder;
import com.interconnect.portal.notification.NotificationGroup;
import com.interconnect.portal.notification.domain.OutgoingEmail.Recipient;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Marketplace connection requests and speed changes (product.md §7), synchronous, in the
 * transaction of the change: the provider's Ordering subscribers receive a request (or,
 * when nobody subscribes, the profile's contact email) and its reminder; the requesting
 * user and the customer's Ordering subscribers learn that it was accepted, denied or
 * expired, and that a connection request was submitted. When an accepted VXC goes LIVE,
 * the customer's Services subscribers already receive "VXC available"
 * ({@link ServiceEmails}); the requester and the provider's Services subscribers receive
 * it here, each person once; so too when such a VXC is cancelled.
 */
@Component
class MarketplaceEmails {

	static final String APPROVALS_PATH = "/approvals";

	private final EmailOutbox outbox;

	private final EmailRenderer renderer;

	private final Subscribers subscribers;

	MarketplaceEmails(EmailOutbox outbox, EmailRenderer renderer, Subscribers subscribers) {
		this.outbox = outbox;
		this.renderer = renderer;
		this.subscribers = subscribers;
	}

	@EventListener
	void on(ConnectionRequestOpened event) {
		ConnectionRequest request = event.request();
		if (request.isSpeedChange()) {
			toProvider(request, event.contactEmail(), "SPEED_CHANGE_REQUESTED",
					"Speed change request from " + request.customerName() + ": " + request.bEndPort() + " to "
							+ mbps(request.requestedRateLimitMbps()),
					"speed-change-requested");
			return;
		}
		toProvider(request, event.contactEmail(), "CONNECTION_REQUEST_RECEIVED",
				"Connection request from " + request.customerName() + " to " + request.bEndPort(),
				"connection-request-received");
		Mail submitted = new Mail(NotificationGroup.ORDERING, "CONNECTION_REQUEST_SUBMITTED",
				request.customerCompanyId(), request.customerName(),
				"Connection request submitted to " + request.providerName(), "connection-request-submitted", request);
		submitted.concerned(request.requestedById(), "you requested this connection");
		submitted.recipients.addAll(this.subscribers.of(request.customerCompanyId(), NotificationGroup.ORDERING));
		send(submitted);
	}

	@EventListener
	void on(ConnectionRequestDecided event) {
		if (event.status() == ApprovalStatus.WITHDRAWN || event.status() == ApprovalStatus.PENDING) {
			return;
		}
		ConnectionRequest request = event.request();
		String what = switch (event.status()) {
			case APPROVED -> "accepted";
			case REJECTED -> "denied";
			default -> "expired";
		};
		String kind = request.isSpeedChange() ? "SPEED_CHANGE_" : "CONNECTION_REQUEST_";
		Mail mail = new Mail(NotificationGroup.ORDERING, kind + what.toUpperCase(Locale.ROOT),
				request.customerCompanyId(), request.customerName(),
				request.type().label() + " " + what + ": " + request.providersPort(),
				request.isSpeedChange() ? "speed-change-decided" : "connection-request-decided", request);
		mail.model.put("outcome", what);
		mail.put("decidedByName", event.decidedByName());
		mail.put("decidedAt", GroupEmails.format(event.decidedAt()));
		mail.put("reason", event.comment());
		mail.concerned(request.requestedById(),
				request.isSpeedChange() ? "you requested this speed change" : "you requested this connection");
		mail.recipients.addAll(this.subscribers.of(request.customerCompanyId(), NotificationGroup.ORDERING));
		send(mail);
	}

	@EventListener
	void on(ConnectionRequestReminder event) {
		ConnectionRequest request = event.request();
		toProvider(request, event.contactEmail(),
				request.isSpeedChange() ? "SPEED_CHANGE_REMINDER" : "CONNECTION_REQUEST_REMINDER",
				"Reminder: " + request.type().noun() + " from " + request.customerName() + " expires on "
						+ GroupEmails.format(request.expiresAt()),
				"connection-request-reminder");
	}

	@EventListener
	void on(ConnectionAvailable event) {
		ConnectionRequest request = event.request();
		toRequesterAndProvider(request, "CONNECTION_AVAILABLE",
				"VXC available: " + request.customerName() + " to " + request.providersPort(), "connection-available",
				Map.of("liveAt", GroupEmails.format(event.liveAt())));
	}

	@EventListener
	void on(ConnectionCancelled event) {
		ConnectionRequest request = event.request();
		toRequesterAndProvider(request, "CONNECTION_CANCELLED",
				"VXC cancelled: " + request.customerName() + " to " + request.providersPort(), "connection-cancelled",
				Map.of("actorName", event.actorName(), "cancelledAt", GroupEmails.format(event.cancelledAt())));
	}

	/**
	 * A Services email about the connection to the requester and to the provider's
	 * Services subscribers, each person once. The customer's Services subscribers have
	 * the email of ServiceEmails about the VXC already, so they are left out.
	 */
	private void toRequesterAndProvider(ConnectionRequest request, String eventType, String subject, String template,
			Map<String, Object> model) {
		Set<String> informed = addresses(this.subscribers.of(request.customerCompanyId(), NotificationGroup.SERVICES));
		Mail requester = new Mail(NotificationGroup.SERVICES, eventType, request.customerCompanyId(),
				request.customerName(), subject, template, request);
		model.forEach(requester::put);
		requester.concerned(request.requestedById(), "you requested this connection");
		requester.recipients.removeIf((recipient) -> informed.contains(normal(recipient.email())));
		send(requester);
		Mail provider = new Mail(NotificationGroup.SERVICES, eventType, request.providerCompanyId(),
				request.providerName(), subject, template, request);
		model.forEach(provider::put);
		provider.recipients.addAll(this.subscribers.of(request.providerCompanyId(), NotificationGroup.SERVICES));
		provider.recipients.removeIf((recipient) -> informed.contains(normal(recipient.email())));
		send(provider);
	}

	/** To the provider's Ordering subscribers, or to the profile's contact email. */
	private void toProvider(ConnectionRequest request, String contactEmail, String eventType, String subject,
			String template) {
		Mail mail = new Mail(NotificationGroup.ORDERING, eventType, request.providerCompanyId(), request.providerName(),
				subject, template, request);
		mail.recipients.addAll(this.subscribers.of(request.providerCompanyId(), NotificationGroup.ORDERING));
		if (mail.recipients.isEmpty() && contactEmail != null) {
			mail.recipients.add(Recipient.address(contactEmail));
			mail.model.put("contactFallback", true);
		}
		send(mail);
	}

	private int send(Mail mail) {
		if (mail.recipients.isEmpty()) {
			return 0;
		}
		mail.model.put("subject", mail.subject);
		mail.model.put("companyName", mail.companyName);
		mail.model.put("groupLabel", mail.group.label());
		mail.model.put("alwaysOn", mail.group.isAlwaysOn());
		mail.model.put("concernedUserIds", List.copyOf(mail.concerned));
		mail.model.put("link", this.renderer.link(APPROVALS_PATH));
		mail.model.put("linkLabel", "Open Approvals");
		mail.model.put("settingsLink", this.renderer.link(GroupEmails.SETTINGS_PATH));
		mail.model.putIfAbsent("contactFallback", false);
		mail.model.putIfAbsent("personalReason", "");
		return this.outbox.enqueue(new OutgoingEmail(mail.group, mail.eventType, mail.companyId, mail.recipients,
				mail.subject, mail.template, mail.model));
	}

	private static String mbps(int rateLimitMbps) {
		return String.format(Locale.ROOT, "%,d Mbps", rateLimitMbps);
	}

	private static Set<String> addresses(List<Recipient> recipients) {
		return recipients.stream().map((recipient) -> normal(recipient.email())).collect(Collectors.toSet());
	}

	private static String normal(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	/** One email being put together. */
	private final class Mail {

		private final NotificationGroup group;

		private final String eventType;

		private final long companyId;

		private final String companyName;

		private final String subject;

		private final String template;

		private final Map<String, Object> model = new HashMap<>();

		private final List<Recipient> recipients = new ArrayList<>();

		private final List<Long> concerned = new ArrayList<>();

		Mail(NotificationGroup group, String eventType, long companyId, String companyName, String subject,
				String template, ConnectionRequest request) {
			this.group = group;
			this.eventType = eventType;
			this.companyId = companyId;
			this.companyName = companyName;
			this.subject = subject;
			this.template = template;
			put("requestId", request.approvalId());
			put("customerName", request.customerName());
			put("providerName", request.providerName());
			put("aEndPort", request.aEndPort());
			put("aEndLocation", request.aEndLocation());
			put("bEndPort", request.bEndPort());
			put("bEndLocation", request.bEndLocation());
			put("requestNoun", request.type().noun());
			put("speedChange", request.isSpeedChange());
			put("rateLimit", mbps(request.rateLimitMbps()));
			if (request.isSpeedChange()) {
				put("requestedRateLimit", mbps(request.requestedRateLimitMbps()));
			}
			put("aVlan", request.aVlan());
			put("bVlan", request.bVlan());
			put("requestedByName", request.requestedByName());
			put("requestedAt", GroupEmails.format(request.requestedAt()));
			put("expiresAt", GroupEmails.format(request.expiresAt()));
		}

		void put(String name, Object value) {
			if (value != null) {
				this.model.put(name, value);
			}
		}

		/** A user the event concerns: receives it whatever their settings. */
		void concerned(long userId, String reason) {
			this.concerned.add(userId);
			this.model.put("personalReason", reason);
			this.recipients.addAll(MarketplaceEmails.this.subscribers.user(userId));
		}

	}

}
