package com.interconnect.portal.billing.domain;

import java.util.List;

import com.interconnect.portal.account.CompanySummary;

/**
 * What Company &gt; Billing Markets shows: the company's markets, or the partner that
 * bills a managed company.
 */
public record BillingMarketsPage(CompanySummary company, List<BillingMarketView> markets, boolean canEdit,
		CompanySummary billedThrough, List<String> partnerMarkets) {

}
