package com.interconnect.portal.notification.domain;

import java.util.Locale;

import com.interconnect.portal.marketplace.ServiceKeyUsed;
import com.interconnect.portal.notification.NotificationGroup;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Service keys (product.md §6, §7), synchronous, in the transaction of the order: a
 * connection made with a pre-approved key tells the provider's Ordering subscribers (or,
 * when nobody subscribes, its Marketplace profile's contact email, as for a connection
 * request). A key that is not pre-approved opens a connection request, whose emails
 * {@link MarketplaceEmails} sends.
 */
@Component
class ServiceKeyEmails {

	private final GroupEmails emails;

	ServiceKeyEmails(GroupEmails emails) {
		this.emails = emails;
	}

	@EventListener
	void on(ServiceKeyUsed event) {
		if (!event.preApproved()) {
			return;
		}
		this.emails
			.draft(NotificationGroup.ORDERING, "SERVICE_KEY_CONNECTION", event.providerCompanyId(),
					"service-key-connection")
			.subject("Connection made with your service key: " + event.customerName() + " to " + event.portName())
			.link("/company/service-keys", "Open Service Keys")
			.with("customerName", event.customerName())
			.with("portName", event.portName())
			.with("description", event.description())
			.with("usedByName", event.usedByName())
			.with("usedAt", GroupEmails.format(event.usedAt()))
			.with("vxcId", event.vxcId())
			.with("rateLimit", String.format(Locale.ROOT, "%,d Mbps", event.rateLimitMbps()))
			.with("bVlan", event.bVlan())
			.orElseTo(event.contactEmail())
			.send();
	}

}
