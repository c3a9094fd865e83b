package com.interconnect.portal.billing;

import java.util.Optional;

/**
 * The billing module's API.
 */
public interface BillingMarkets {

	/**
	 * Empty while neither the company nor, for a managed company, its partner has a
	 * billing market.
	 */
	Optional<PrimaryBillingMarket> primaryMarketOf(long companyId);

}
