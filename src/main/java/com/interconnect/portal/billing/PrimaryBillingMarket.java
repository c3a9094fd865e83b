package com.interconnect.portal.billing;

/**
 * The billing market that counts for a company: its first enabled one, or for a managed
 * company its parent partner's. {@code contactPhoneRegion} is the country of the billing
 * contact's phone, which support phone numbers must match.
 */
public record PrimaryBillingMarket(long billedCompanyId, String marketCode, String marketName, String currency,
		String contactPhoneRegion) {

}
