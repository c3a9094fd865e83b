package com.interconnect.portal.billing;

/**
 * A company was enabled in a billing market.
 */
public record BillingMarketAdded(long companyId, String marketName, long actorId, String actorName, String details) {

}
