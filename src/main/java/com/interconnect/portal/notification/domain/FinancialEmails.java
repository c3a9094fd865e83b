package com.interconnect.portal.notification.domain;

import com.interconnect.portal.billing.BillingMarketAdded;
import com.interconnect.portal.billing.BillingMarketChanged;
import com.interconnect.portal.notification.NotificationGroup;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Financial (product.md §7): the company's subscribers learn that a billing market was
 * added or changed. Synchronous, in the transaction of the change.
 */
@Component
class FinancialEmails {

	private final GroupEmails emails;

	FinancialEmails(GroupEmails emails) {
		this.emails = emails;
	}

	@EventListener
	void on(BillingMarketAdded event) {
		this.emails
			.draft(NotificationGroup.FINANCIAL, "BILLING_MARKET_ADDED", event.companyId(), "financial-market-added")
			.subject("Billing market added: " + event.marketName())
			.link(billingMarkets(event.companyId()), "Billing Markets")
			.with("actorName", event.actorName())
			.with("marketName", event.marketName())
			.with("details", event.details())
			.send();
	}

	@EventListener
	void on(BillingMarketChanged event) {
		this.emails
			.draft(NotificationGroup.FINANCIAL, "BILLING_MARKET_CHANGED", event.companyId(), "financial-market-changed")
			.subject("Billing market changed: " + event.marketName())
			.link(billingMarkets(event.companyId()), "Billing Markets")
			.with("actorName", event.actorName())
			.with("marketName", event.marketName())
			.with("before", event.before())
			.with("after", event.after())
			.send();
	}

	private static String billingMarkets(long companyId) {
		return "/companies/" + companyId + "/billing-markets";
	}

}
