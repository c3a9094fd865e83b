package com.interconnect.portal.ordering.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether an order may be placed, and if not every reason why, each with a link to fix it
 * where the user can.
 *
 * @param reasons why not; empty when the order is allowed
 */
public record OrderDecision(List<Reason> reasons) {

	/**
	 * One reason an order is refused.
	 *
	 * @param text what is missing, e.g. "Add technical support details"
	 * @param fixUrl where the user fixes it, or null when someone else must
	 */
	public record Reason(String text, String fixUrl) {

		public static Reason of(String text) {
			return new Reason(text, null);
		}

	}

	public OrderDecision {
		reasons = List.copyOf(reasons);
	}

	public static OrderDecision allowed() {
		return new OrderDecision(List.of());
	}

	public boolean isAllowed() {
		return this.reasons.isEmpty();
	}

	/** This decision with one more reason. */
	public OrderDecision and(Reason reason) {
		List<Reason> all = new ArrayList<>(this.reasons);
		all.add(reason);
		return new OrderDecision(all);
	}

	public List<String> texts() {
		return this.reasons.stream().map(Reason::text).toList();
	}

}
