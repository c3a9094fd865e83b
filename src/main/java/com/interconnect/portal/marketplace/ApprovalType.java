package com.interconnect.portal.marketplace;

/**
 * What a provider approves (product.md §6): a new connection to its port, or raising the
 * speed of a LIVE one.
 */
public enum ApprovalType {

	NEW_ORDER("Connection request", "connection request"), SPEED_CHANGE("Speed change", "speed change request");

	private final String label;

	private final String noun;

	ApprovalType(String label, String noun) {
		this.label = label;
		this.noun = noun;
	}

	/** As the Approvals page shows it: "Speed change". */
	public String label() {
		return this.label;
	}

	/** As in "This speed change request was already accepted". */
	public String noun() {
		return this.noun;
	}

}
