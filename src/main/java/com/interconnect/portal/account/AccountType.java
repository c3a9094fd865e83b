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

	/**
	 * Who may support a company of this type (§1): a direct company the operator; a
	 * partner or managed company the operator or a partner; a distributor (and the
	 * operator itself) nobody, {@code null}.
	 */
	public boolean allowsSupportBy(SupportedBy supportedBy) {
		return switch (this) {
			case DIRECT -> supportedBy == SupportedBy.OPERATOR;
			case PARTNER, MANAGED -> supportedBy != null;
			case DISTRIBUTOR, OPERATOR -> supportedBy == null;
		};
	}

}
