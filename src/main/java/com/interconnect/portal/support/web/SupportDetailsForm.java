package com.interconnect.portal.support.web;

import com.interconnect.portal.support.SupportDetailsSummary;

/**
 * The two fields of the Technical Support Details page. The service checks them (§3),
 * because whether an empty field is "missing" or "a removal" depends on what is stored.
 */
record SupportDetailsForm(String supportPhone, String supportEmail) {

	static SupportDetailsForm of(SupportDetailsSummary details) {
		return (details != null) ? new SupportDetailsForm(details.phone(), details.email())
				: new SupportDetailsForm("", "");
	}

}
