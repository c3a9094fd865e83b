package com.interconnect.portal.billing.domain;

import java.time.Instant;

import com.interconnect.portal.billing.BillingDetails;

/**
 * A billing market as its page shows it; the phone in international format.
 */
public record BillingMarketView(long id, MarketOption market, String contactName, String contactPhone,
		String contactEmail, String addressLine1, String addressLine2, String city, String region, String postcode,
		String purchaseOrder, String taxId, Instant enabledAt, Instant updatedAt, String updatedBy) {

	public BillingDetails details() {
		return new BillingDetails(this.market.code(), this.contactName, this.contactPhone, this.contactEmail,
				this.addressLine1, this.addressLine2, this.city, this.region, this.postcode, this.purchaseOrder,
				this.taxId);
	}

}
