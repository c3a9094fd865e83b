package com.interconnect.portal.account;

/**
 * What kind of customer a company is (product.md §1); {@link #OPERATOR} is the operator's
 * own staff company.
 */
public enum AccountType {

	OPERATOR("Operator"), DIRECT("Direct"), PARTNER("Partner"), MANAGED("Managed"), DISTRIBUTOR("Distributor");

	private final String label;

	AccountType(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
