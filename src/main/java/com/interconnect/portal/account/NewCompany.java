package com.interconnect.portal.account;

/**
 * What it takes to create a company; {@link Accounts#create} checks it against the rules
 * of product.md §1.
 */
public record NewCompany(String name, AccountType accountType, SupportedBy supportedBy, Long parentPartnerId,
		String signupEmail) {

	public static NewCompany direct(String name, String signupEmail) {
		return new NewCompany(name, AccountType.DIRECT, SupportedBy.OPERATOR, null, signupEmail);
	}

}
