package com.interconnect.portal.support.domain;

import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.support.SupportDetailsSummary;

/**
 * What the Technical Support Details page shows.
 *
 * @param company whose details these are
 * @param details the details, or null before any were added
 * @param canEdit whether the user gets the form
 * @param required whether §2 requires them for this company
 * @param phoneHint which numbers are accepted
 * @param note why the user sees someone else's details or cannot change them, or null
 */
public record SupportDetailsPage(CompanySummary company, SupportDetailsSummary details, boolean canEdit,
		boolean required, String phoneHint, String note) {

}
