package com.interconnect.portal.billing;

/**
 * What a user enters to enable or edit a billing market. The phone may be national or
 * international input.
 */
public record BillingDetails(String marketCode, String contactName, String contactPhone, String contactEmail,
		String addressLine1, String addressLine2, String city, String region, String postcode, String purchaseOrder,
		String taxId) {

}
