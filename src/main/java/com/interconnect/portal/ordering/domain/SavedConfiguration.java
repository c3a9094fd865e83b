package com.interconnect.portal.ordering.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A named set of designed ports and VXCs (product.md §5). It can be changed until it is
 * ordered; from then on it is kept, read-only, as the record of the order.
 */
@Entity
class SavedConfiguration {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long companyId;

	private String name;

	private Long createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	private Instant orderedAt;

	@Version
	private long version;

	protected SavedConfiguration() {
	}

	SavedConfiguration(long companyId, String name, long createdBy, Instant now) {
		this.companyId = companyId;
		this.name = name.strip();
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void rename(String name, Instant now) {
		checkDraft();
		this.name = name.strip();
		this.updatedAt = now;
	}

	/** Notes a change of its items (which also bumps the version). */
	void touch(Instant now) {
		checkDraft();
		this.updatedAt = now;
	}

	void markOrdered(Instant now) {
		checkDraft();
		this.orderedAt = now;
		this.updatedAt = now;
	}

	boolean isOrdered() {
		return this.orderedAt != null;
	}

	private void checkDraft() {
		if (isOrdered()) {
			throw new IllegalStateException("Configuration " + this.name + " has been ordered and cannot change");
		}
	}

	Long id() {
		return this.id;
	}

	long companyId() {
		return this.companyId;
	}

	String name() {
		return this.name;
	}

	Instant orderedAt() {
		return this.orderedAt;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

}
