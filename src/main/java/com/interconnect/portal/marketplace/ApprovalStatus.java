package com.interconnect.portal.marketplace;

/**
 * Where a request is (product.md §6): PENDING until the provider accepts it (APPROVED) or
 * denies it (REJECTED), the requester withdraws it, or it expires.
 */
public enum ApprovalStatus {

	PENDING("Pending", "pending"), APPROVED("Accepted", "accepted"), REJECTED("Denied", "denied"),
	WITHDRAWN("Withdrawn", "withdrawn"), EXPIRED("Expired", "expired");

	private final String label;

	private final String verb;

	ApprovalStatus(String label, String verb) {
		this.label = label;
		this.verb = verb;
	}

	public String label() {
		return this.label;
	}

	/** As in "the request was accepted". */
	public String verb() {
		return this.verb;
	}

}
