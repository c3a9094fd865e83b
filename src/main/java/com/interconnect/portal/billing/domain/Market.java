package com.interconnect.portal.billing.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;

/**
 * A country the operator bills in, with its currency (reference data, loaded by a
 * migration).
 */
@Entity
@Immutable
class Market {

	@Id
	private String code;

	private String name;

	private String currency;

	protected Market() {
	}

	String code() {
		return this.code;
	}

	String name() {
		return this.name;
	}

	String currency() {
		return this.currency;
	}

	MarketOption option() {
		return new MarketOption(this.code, this.name, this.currency);
	}

}
