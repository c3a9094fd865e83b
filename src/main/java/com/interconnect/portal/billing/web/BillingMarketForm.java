package com.interconnect.portal.billing.web;

import com.interconnect.portal.billing.BillingDetails;
import com.interconnect.portal.shared.EmailAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record BillingMarketForm(@NotBlank(message = "Choose a market.") String marketCode,
		@NotBlank(message = "Enter the billing contact's name.") @Size(max = 100,
				message = "A name has at most 100 characters.") String contactName,
		@NotBlank(message = "Enter the billing contact's phone number.") String contactPhone,
		@NotBlank(message = "Enter the billing contact's email address.") @EmailAddress(
				message = "Enter an email address like accounts@example.com (no spaces, a domain with a dot, at most 254 characters).") String contactEmail,
		@NotBlank(message = "Enter the street address.") @Size(max = 200,
				message = "An address line has at most 200 characters.") String addressLine1,
		@Size(max = 200, message = "An address line has at most 200 characters.") String addressLine2,
		@NotBlank(message = "Enter the city.") @Size(max = 100,
				message = "A city has at most 100 characters.") String city,
		@Size(max = 100, message = "At most 100 characters.") String region,
		@Size(max = 20, message = "A postcode has at most 20 characters.") String postcode,
		@Size(max = 50, message = "At most 50 characters.") String purchaseOrder,
		@Size(max = 50, message = "At most 50 characters.") String taxId) {

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
