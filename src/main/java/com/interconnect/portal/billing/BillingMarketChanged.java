package com.interconnect.portal.billing;

/**
 * The billing contact or address of a company's billing market changed.
 */
public record BillingMarketChanged(long companyId, String marketName, long actorId, String actorName, String before,
		String after) {

}
