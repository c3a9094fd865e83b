package com.interconnect.portal.marketplace.domain;

/**
 * What a provider offers, as the Marketplace lists and searches it (a fixed list,
 * documented in the README).
 */
public enum ServiceType {

	CLOUD("Cloud"), SAAS("SaaS"), CARRIER("Carrier"), SECURITY("Security"), CONTENT("Content"),
	DATA_CENTRE("Data Centre");

	private final String label;

	ServiceType(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
