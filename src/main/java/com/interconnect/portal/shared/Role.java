package com.interconnect.portal.shared;

/**
 * The one role each user has (product.md §8). {@link #SALES} and {@link #OPERATOR_ADMIN}
 * belong to the operator's own company only.
 */
public enum Role {

	COMPANY_ADMIN("Company Admin"), TECHNICAL_ADMIN("Technical Admin"), TECHNICAL_CONTACT("Technical Contact"),
	FINANCE("Finance"), READ_ONLY("Read Only"), SALES("Sales"), OPERATOR_ADMIN("Operator Admin");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public boolean isOperatorStaff() {
		return this == SALES || this == OPERATOR_ADMIN;
	}

	/** Roles a customer's Company Admin may give. */
	public static Role[] customerRoles() {
		return new Role[] { COMPANY_ADMIN, TECHNICAL_ADMIN, TECHNICAL_CONTACT, FINANCE, READ_ONLY };
	}

	/** Roles of the operator's own staff company. */
	public static Role[] operatorRoles() {
		return new Role[] { SALES, OPERATOR_ADMIN };
	}

}
