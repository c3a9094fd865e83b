package com.interconnect.portal.marketplace.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A provider's key to one of its ports (product.md §6). It is never deleted: it is
 * deactivated, and its uses stay. Its uses are counted by one atomic update in the
 * database ({@link ServiceKeyRepository#use}), never here.
 */
@Entity
class ServiceKey {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private UUID keyValue;

	private long companyId;

	private long portId;

	private String description;

	private boolean multiUse;

	private int maxSpeedMbps;

	private Integer fixedVlan;

	private boolean preApproved;

	private LocalDate validFrom;

	private LocalDate validTo;

	private boolean active;

	private int uses;

	private Instant lastUsedAt;

	private String createdBy;

	private Instant createdAt;

	@Version
	private long version;

	protected ServiceKey() {
	}

	ServiceKey(UUID keyValue, long companyId, ServiceKeyData data, String createdBy, Instant now) {
		this.keyValue = keyValue;
		this.companyId = companyId;
		this.portId = data.portId();
		this.description = data.description().strip();
		this.multiUse = data.multiUse();
		this.maxSpeedMbps = data.maxSpeedMbps();
		this.fixedVlan = data.multiUse() ? null : data.fixedVlan();
		this.preApproved = data.preApproved();
		this.validFrom = data.validFrom();
		this.validTo = data.validTo();
		this.active = true;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	/**
	 * Deactivates the key.
	 * @throws IllegalStateException when it is already inactive
	 */
	void deactivate() {
		if (!this.active) {
			throw new IllegalStateException("This service key is already inactive.");
		}
		this.active = false;
	}

	/**
	 * Why the key cannot be used today at this rate limit, or null when it can.
	 */
	String refusal(LocalDate today) {
		if (!this.active) {
			return "This service key is inactive: its owner has deactivated it.";
		}
		if (today.isBefore(this.validFrom)) {
			return "This service key is not valid yet: it is valid from " + this.validFrom + ".";
		}
		if (today.isAfter(this.validTo)) {
			return "This service key has expired: it was valid until " + this.validTo + ".";
		}
		if (isUsedUp()) {
			return ServiceKeyService.USED_UP;
		}
		return null;
	}

	/**
	 * What Company > Service Keys shows of it today: Active, Inactive, Used (a single-use
	 * key), Not valid yet or Expired.
	 */
	String state(LocalDate today) {
		if (!this.active) {
			return "Inactive";
		}
		if (isUsedUp()) {
			return "Used";
		}
		if (today.isBefore(this.validFrom)) {
			return "Not valid yet";
		}
		return today.isAfter(this.validTo) ? "Expired" : "Active";
	}

	boolean isUsedUp() {
		return !this.multiUse && this.uses > 0;
	}

	Long id() {
		return this.id;
	}

	UUID keyValue() {
		return this.keyValue;
	}

	long companyId() {
		return this.companyId;
	}

	long portId() {
		return this.portId;
	}

	String description() {
		return this.description;
	}

	boolean multiUse() {
		return this.multiUse;
	}

	int maxSpeedMbps() {
		return this.maxSpeedMbps;
	}

	Integer fixedVlan() {
		return this.fixedVlan;
	}

	boolean preApproved() {
		return this.preApproved;
	}

	LocalDate validFrom() {
		return this.validFrom;
	}

	LocalDate validTo() {
		return this.validTo;
	}

	boolean active() {
		return this.active;
	}

	int uses() {
		return this.uses;
	}

	Instant lastUsedAt() {
		return this.lastUsedAt;
	}

	Instant createdAt() {
		return this.createdAt;
	}

}
