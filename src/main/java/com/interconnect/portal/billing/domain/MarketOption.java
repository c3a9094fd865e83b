package com.interconnect.portal.billing.domain;

/**
 * A market as the "Market" field lists it.
 */
public record MarketOption(String code, String name, String currency) {

	public String label() {
		return this.name + " (" + this.currency + ")";
	}

}
