package com.interconnect.portal.notification.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.interconnect.portal.marketplace.ServiceKeyUsed;
import com.interconnect.portal.notification.NotificationGroup;
import com.interconnect.portal.notification.domain.OutgoingEmail.Recipient;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Service keys (product.md §6, §7), synchronous, in the transaction of the order: a
 * connection made with a pre-approved key tells the provider's Ordering subscribers (or,
 * when nobody subscribes, its Marketplace profile's contact email). A key that is not
 * pre-approved opens a connection request, whose emails {@link MarketplaceEmails} sends.
 */
@Component
class ServiceKeyEmails {

	private final EmailOutbox outbox;

	private final EmailRenderer renderer;

	private final Subscribers subscribers;

	ServiceKeyEmails(EmailOutbox outbox, EmailRenderer renderer, Subscribers subscribers) {
		this.outbox = outbox;
		this.renderer = renderer;
		this.subscribers = subscribers;
	}

	@EventListener
	void on(ServiceKeyUsed event) {
		if (!event.preApproved()) {
			return;
		}
		List<Recipient> recipients = new ArrayList<>(
				this.subscribers.of(event.providerCompanyId(), NotificationGroup.ORDERING));
		// as for a connection request: nobody subscribes, the profile's contact is told
		boolean contactFallback = recipients.isEmpty() && event.contactEmail() != null;
		if (contactFallback) {
			recipients.add(Recipient.address(event.contactEmail()));
		}
		if (recipients.isEmpty()) {
			return;
		}
		String subject = "Connection made with your service key: " + event.customerName() + " to " + event.portName();
		Map<String, Object> model = new HashMap<>();
		model.put("subject", subject);
		model.put("companyName", event.providerName());
		model.put("groupLabel", NotificationGroup.ORDERING.label());
		model.put("alwaysOn", NotificationGroup.ORDERING.isAlwaysOn());
		model.put("concernedUserIds", List.of());
		model.put("personalReason", "");
		model.put("link", this.renderer.link("/company/service-keys"));
		model.put("linkLabel", "Open Service Keys");
		model.put("settingsLink", this.renderer.link(GroupEmails.SETTINGS_PATH));
		model.put("customerName", event.customerName());
		model.put("portName", event.portName());
		model.put("description", event.description());
		model.put("usedByName", event.usedByName());
		model.put("usedAt", GroupEmails.format(event.usedAt()));
		model.put("vxcId", event.vxcId());
		model.put("rateLimit", String.format(Locale.ROOT, "%,d Mbps", event.rateLimitMbps()));
		model.put("bVlan", event.bVlan());
		model.put("contactFallback", contactFallback);
		this.outbox.enqueue(new OutgoingEmail(NotificationGroup.ORDERING, "SERVICE_KEY_CONNECTION",
				event.providerCompanyId(), recipients, subject, "service-key-connection", model));
	}

}
