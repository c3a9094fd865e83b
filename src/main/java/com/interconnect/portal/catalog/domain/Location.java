package com.interconnect.portal.catalog.domain;

import com.interconnect.portal.catalog.LocationSummary;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;

/**
 * A data centre where ports can be ordered (reference data, loaded by a migration).
 */
@Entity
@Immutable
class Location {

	@Id
	private Long id;

	private String code;

	private String dataCentre;

	private String city;

	private String countryCode;

	private String countryName;

	private String marketCode;

	private boolean active;

	protected Location() {
	}

	boolean active() {
		return this.active;
	}

	LocationSummary summary() {
		return new LocationSummary(this.id, this.code, this.dataCentre, this.city, this.countryCode, this.countryName,
				this.marketCode);
	}

}
