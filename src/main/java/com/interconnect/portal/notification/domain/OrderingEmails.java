package com.interconnect.portal.notification.domain;

import com.interconnect.portal.notification.NotificationGroup;
import com.interconnect.portal.ordering.OrderPlaced;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Ordering (product.md §7): the user who ordered, always, and the company's subscribers.
 * Synchronous, in the transaction of the order.
 */
@Component
class OrderingEmails {

	private final GroupEmails emails;

	OrderingEmails(GroupEmails emails) {
		this.emails = emails;
	}

	@EventListener
	void on(OrderPlaced event) {
		this.emails.draft(NotificationGroup.ORDERING, "ORDER_PLACED", event.companyId(), "ordering-order-placed")
			.subject("Order placed: " + event.configurationName())
			.link("/services", "Services")
			.alsoTo(event.orderedById(), "you placed this order")
			.with("orderId", event.orderId())
			.with("configurationName", event.configurationName())
			.with("orderedByName", event.orderedByName())
			.with("serviceCount", event.serviceIds().size())
			.with("monthlyTotal", event.monthlyTotal().formatted())
			.send();
	}

}
