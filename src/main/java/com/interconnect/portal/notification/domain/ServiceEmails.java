package com.interconnect.portal.notification.domain;

import com.interconnect.portal.marketplace.ServiceKeyConnectionAvailable;
import com.interconnect.portal.notification.NotificationGroup;
import com.interconnect.portal.ordering.ServiceCancelled;
import com.interconnect.portal.ordering.ServiceKind;
import com.interconnect.portal.ordering.ServiceLive;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Services (product.md §7): the company's subscribers learn that a port is live, a VXC
 * available or a service cancelled; the owner of a pre-approved service key's port learns
 * that a VXC made with it is available. Synchronous, in the transaction of the change.
 */
@Component
class ServiceEmails {

	private final GroupEmails emails;

	ServiceEmails(GroupEmails emails) {
		this.emails = emails;
	}

	@EventListener
	void on(ServiceLive event) {
		String what = (event.kind() == ServiceKind.PORT) ? "Port live" : "VXC available";
		this.emails.draft(NotificationGroup.SERVICES, "SERVICE_LIVE", event.companyId(), "services-service-live")
			.subject(what + ": " + event.name())
			.link("/services/" + event.serviceId(), "Open the service")
			.with("kind", event.kind().label())
			.with("port", event.kind() == ServiceKind.PORT)
			.with("name", event.name())
			.with("orderId", event.orderId())
			.with("liveAt", GroupEmails.format(event.liveAt()))
			.send();
	}

	/** The customer's subscribers have the email above; the key's owner gets this one. */
	@EventListener
	void on(ServiceKeyConnectionAvailable event) {
		this.emails
			.draft(NotificationGroup.SERVICES, "SERVICE_KEY_CONNECTION_AVAILABLE", event.providerCompanyId(),
					"service-key-connection-available")
			.subject("VXC available: " + event.customerName() + " to " + event.portName())
			.link("/company/service-keys", "Open Service Keys")
			.with("name", event.vxcName())
			.with("vxcId", event.vxcId())
			.with("customerName", event.customerName())
			.with("portName", event.portName())
			.with("description", event.description())
			.with("liveAt", GroupEmails.format(event.liveAt()))
			.send();
	}

	@EventListener
	void on(ServiceCancelled event) {
		this.emails
			.draft(NotificationGroup.SERVICES, "SERVICE_CANCELLED", event.companyId(), "services-service-cancelled")
			.subject(event.kind().label() + " cancelled: " + event.name())
			.link("/services/" + event.serviceId(), "Open the service")
			.with("kind", event.kind().label())
			.with("name", event.name())
			.with("actorName", event.actorName())
			.with("cancelledAt", GroupEmails.format(event.cancelledAt()))
			.send();
	}

}
