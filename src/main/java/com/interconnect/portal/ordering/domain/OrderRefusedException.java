package com.interconnect.portal.ordering.domain;

/**
 * An order the server refused (product.md §5): the user may not order, the company's
 * setup is incomplete, or there is nothing to order. Nothing was stored and the
 * configuration is kept as it was.
 */
public class OrderRefusedException extends RuntimeException {

	private final OrderDecision decision;

	public OrderRefusedException(OrderDecision decision) {
		super("Order refused: " + String.join(" ", decision.texts()));
		this.decision = decision;
	}

	public OrderDecision decision() {
		return this.decision;
	}

}
