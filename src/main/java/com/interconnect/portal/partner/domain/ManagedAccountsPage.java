package com.interconnect.portal.partner.domain;

import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.support.SupportDetailsSummary;

import org.springframework.data.domain.Page;

/**
 * Company &gt; Managed Accounts: the partner's own support details at the top (null
 * before any were added), then one page of its managed companies.
 */
public record ManagedAccountsPage(CompanySummary partner, SupportDetailsSummary partnerDetails,
		Page<ManagedAccountRow> accounts) {

}
