package com.interconnect.portal.billing.web;

import com.interconnect.portal.billing.BillingDetails;

/**
 * A billing market's contact and address as the form sends them; the rules are the
 * service's, which checks every field at once.
 */
record BillingMarketForm(String marketCode, String contactName, String contactPhone, String contactEmail,
		String addressLine1, String addressLine2, String city, String region, String postcode, String purchaseOrder,
		String taxId) {

	static BillingMarketForm empty() {
		return new BillingMarketForm("", "", "", "", "", "", "", "", "", "", "");
	}

	static BillingMarketForm of(BillingDetails details) {
		return new BillingMarketForm(details.marketCode(), details.contactName(), details.contactPhone(),
				details.contactEmail(), details.addressLine1(), details.addressLine2(), details.city(),
				details.region(), details.postcode(), details.purchaseOrder(), details.taxId());
	}

	BillingDetails details() {
		return new BillingDetails(this.marketCode, this.contactName, this.contactPhone, this.contactEmail,
				this.addressLine1, this.addressLine2, this.city, this.region, this.postcode, this.purchaseOrder,
				this.taxId);
	}

}
