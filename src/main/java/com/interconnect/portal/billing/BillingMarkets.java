package com.interconnect.portal.billing;

import java.util.Optional;

import com.interconnect.portal.shared.CurrentUser;

/**
 * The billing module's API.
 */
public interface BillingMarkets {

	/**
	 * Empty while neither the company nor, for a managed company, its partner has a
	 * billing market.
	 */
	Optional<PrimaryBillingMarket> primaryMarketOf(long companyId);

	/**
	 * Enables a company in a market, checking the actor's role and the billing contact's
	 * phone.
	 * @throws com.interconnect.portal.shared.InvalidInputException for a market already
	 * enabled or a wrong phone
	 */
	void enable(CurrentUser actor, long companyId, BillingDetails details);

}
