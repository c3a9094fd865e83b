package com.interconnect.portal.partner.domain;

import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SetupStatus;
import com.interconnect.portal.support.SupportDetailsSummary;

/**
 * One managed company as Managed Accounts shows it.
 *
 * @param company the managed company
 * @param details its own support details, or null (none yet, or it uses the partner's)
 * @param usesPartnerDetails whether it is supported by the partner and so uses the
 * partner's details (§2)
 * @param canEditDetails whether the partner's Company Admin may add or change its details
 * (those supported by the operator)
 * @param setup its setup checklist
 */
public record ManagedAccountRow(CompanySummary company, SupportDetailsSummary details, boolean usesPartnerDetails,
		boolean canEditDetails, SetupStatus setup) {

}
