package com.interconnect.portal.account;

import java.time.Instant;

/**
 * A company as other modules see it.
 */
public record CompanySummary(long id, String name, AccountType accountType, SupportedBy supportedBy,
		Long parentPartnerId, String signupEmail, Instant createdAt) {

	public boolean isOperator() {
		return this.accountType == AccountType.OPERATOR;
	}

}
