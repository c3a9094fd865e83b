package com.interconnect.portal.marketplace.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A VXC ordered with a service key. Rows are only ever inserted. */
@Entity
class ServiceKeyUsage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long keyId;

	private long vxcId;

	private long customerCompanyId;

	private Instant usedAt;

	protected ServiceKeyUsage() {
	}

	ServiceKeyUsage(long keyId, long vxcId, long customerCompanyId, Instant usedAt) {
		this.keyId = keyId;
		this.vxcId = vxcId;
		this.customerCompanyId = customerCompanyId;
		this.usedAt = usedAt;
	}

	long keyId() {
		return this.keyId;
	}

	long vxcId() {
		return this.vxcId;
	}

	long customerCompanyId() {
		return this.customerCompanyId;
	}

	Instant usedAt() {
		return this.usedAt;
	}

}
