package com.interconnect.portal.partner.domain;

import com.interconnect.portal.account.SupportedBy;

/**
 * What a partner's Company Admin enters to add a managed account. The support phone and
 * email count only for a company supported by the operator (§2 requires them there; a
 * company supported by its partner uses the partner's).
 */
public record NewManagedAccount(String name, SupportedBy supportedBy, String firstAdminEmail, String firstAdminName,
		String supportPhone, String supportEmail) {

}
