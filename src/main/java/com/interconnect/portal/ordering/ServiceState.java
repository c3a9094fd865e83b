package com.interconnect.portal.ordering;

import java.util.Set;

/**
 * Where a service is in its life (product.md §5). A design lives in a saved configuration
 * until it is ordered; an ordered service is DEPLOYABLE, then CONFIGURED, then LIVE. A
 * marketplace VXC waits in AWAITING_APPROVAL first and ends DENIED or EXPIRED when it is
 * not accepted. CANCELLED, DENIED and EXPIRED are final.
 */
public enum ServiceState {

	AWAITING_APPROVAL("Awaiting approval"), DEPLOYABLE("Deployable"), CONFIGURED("Configured"), LIVE("Live"),
	CANCELLED("Cancelled"), DENIED("Denied"), EXPIRED("Expired");

	private static final Set<ServiceState> ENDED = Set.of(CANCELLED, DENIED, EXPIRED);

	private final String label;

	ServiceState(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public boolean isEnded() {
		return ENDED.contains(this);
	}

	/** Ordered and on its way to LIVE, or LIVE: it can be cancelled. */
	public boolean isCancellable() {
		return this == DEPLOYABLE || this == CONFIGURED || this == LIVE;
	}

}
