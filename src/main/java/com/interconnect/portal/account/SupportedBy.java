package com.interconnect.portal.account;

/**
 * Who gives a company its first-line support (product.md §1).
 */
public enum SupportedBy {

	OPERATOR("Operator"), PARTNER("Partner");

	private final String label;

	SupportedBy(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
