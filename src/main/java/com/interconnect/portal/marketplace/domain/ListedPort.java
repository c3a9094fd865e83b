package com.interconnect.portal.marketplace.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A port a provider lists in the Marketplace, with its location for searching by city.
 */
@Entity
@Table(name = "marketplace_listed_port")
class ListedPort {

	@Id
	private Long portId;

	private long companyId;

	private long locationId;

	private Instant listedAt;

	protected ListedPort() {
	}

	ListedPort(long portId, long companyId, long locationId, Instant listedAt) {
		this.portId = portId;
		this.companyId = companyId;
		this.locationId = locationId;
		this.listedAt = listedAt;
	}

	long portId() {
		return this.portId;
	}

	long companyId() {
		return this.companyId;
	}

	long locationId() {
		return this.locationId;
	}

}
