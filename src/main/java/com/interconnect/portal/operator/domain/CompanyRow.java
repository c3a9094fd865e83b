package com.interconnect.portal.operator.domain;

import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SetupStatus;

/**
 * One company of the back office's list: the parent partner is null except for a managed
 * company.
 */
public record CompanyRow(CompanySummary company, CompanySummary parentPartner, SetupStatus setup) {

}
