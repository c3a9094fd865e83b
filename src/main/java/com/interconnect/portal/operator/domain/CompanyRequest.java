package com.interconnect.portal.operator.domain;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.SupportedBy;

/**
 * What the operator's staff enter to create a company. The first admin is optional: both
 * their email and name, or neither.
 */
public record CompanyRequest(String name, AccountType accountType, SupportedBy supportedBy, Long parentPartnerId,
		String signupEmail, String firstAdminEmail, String firstAdminName) {

}
