package com.interconnect.portal.billing.domain;

import java.util.LinkedHashMap;
import java.util.Map;

import com.interconnect.portal.billing.BillingDetails;
import com.interconnect.portal.shared.EmailAddresses;
import com.interconnect.portal.shared.PhoneNumbers;

/**
 * The rules of a billing contact and address (product.md §4), every field checked at
 * once, so that one Save shows all the errors beside their fields, in the form's order.
 */
final class BillingDetailsRules {

	static final String EMAIL = "Enter an email address like accounts@example.com (no spaces, a domain with a dot, "
			+ "at most 254 characters).";

	private BillingDetailsRules() {
	}

	/**
	 * What checking the details found.
	 *
	 * @param errors the message for each field that breaks a rule (none for the market)
	 * @param phoneE164 the contact's phone as stored, once it is valid for the market's
	 * country, else null
	 */
	record Checked(Map<String, String> errors, String phoneE164) {

	}

	/**
	 * @param region the market's country, whose numbers the phone must be, or null when
	 * the market is not known (then only its presence is checked)
	 */
	static Checked check(BillingDetails details, String region) {
		Map<String, String> errors = new LinkedHashMap<>();
		String phoneE164 = null;
		required(errors, "contactName", details.contactName(), 100, "Enter the billing contact's name.",
				"A name has at most 100 characters.");
		if (isBlank(details.contactPhone())) {
			errors.put("contactPhone", "Enter the billing contact's phone number.");
		}
		else if (region != null) {
			PhoneNumbers.Check phone = PhoneNumbers.validFor(details.contactPhone(), region);
			if (!phone.valid()) {
				errors.put("contactPhone", phone.error());
			}
			phoneE164 = phone.e164();
		}
		if (isBlank(details.contactEmail())) {
			errors.put("contactEmail", "Enter the billing contact's email address.");
		}
		else if (!EmailAddresses.isWellFormed(details.contactEmail())) {
			errors.put("contactEmail", EMAIL);
		}
		required(errors, "addressLine1", details.addressLine1(), 200, "Enter the street address.",
				"An address line has at most 200 characters.");
		atMost(errors, "addressLine2", details.addressLine2(), 200, "An address line has at most 200 characters.");
		required(errors, "city", details.city(), 100, "Enter the city.", "A city has at most 100 characters.");
		atMost(errors, "region", details.region(), 100, "At most 100 characters.");
		atMost(errors, "postcode", details.postcode(), 20, "A postcode has at most 20 characters.");
		atMost(errors, "purchaseOrder", details.purchaseOrder(), 50, "At most 50 characters.");
		atMost(errors, "taxId", details.taxId(), 50, "At most 50 characters.");
		return new Checked(errors, phoneE164);
	}

	private static void required(Map<String, String> errors, String field, String value, int max, String missing,
			String tooLong) {
		if (isBlank(value)) {
			errors.put(field, missing);
		}
		else {
			atMost(errors, field, value, max, tooLong);
		}
	}

	private static void atMost(Map<String, String> errors, String field, String value, int max, String tooLong) {
		if (value != null && value.strip().length() > max) {
			errors.put(field, tooLong);
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
