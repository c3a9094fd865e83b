package com.interconnect.portal.operator.domain;

import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SetupStatus;
import com.interconnect.portal.support.SupportDetailsSummary;
import com.interconnect.portal.user.UserSummary;

import org.springframework.data.domain.Page;

/**
 * A company in the back office.
 *
 * @param company the company
 * @param parentPartner its parent partner, for a managed company, or null
 * @param setup its setup checklist (§5)
 * @param supportDetails its technical support details, or null before any were added
 * @param supportDetailsRequired whether §2 requires them of it
 * @param users the first page of its users
 */
public record CompanyPage(CompanySummary company, CompanySummary parentPartner, SetupStatus setup,
		SupportDetailsSummary supportDetails, boolean supportDetailsRequired, Page<UserSummary> users) {

	/**
	 * Whose billing markets count for the company: its own, or its parent partner's.
	 */
	public CompanySummary billedCompany() {
		return (this.parentPartner != null) ? this.parentPartner : this.company;
	}

}
