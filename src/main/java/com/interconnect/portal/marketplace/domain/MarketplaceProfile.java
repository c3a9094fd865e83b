package com.interconnect.portal.marketplace.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

/**
 * A company's Marketplace profile: how providers present themselves, and whether they are
 * visible (and so receive connection requests).
 */
@Entity
class MarketplaceProfile {

	@Id
	private Long companyId;

	private String displayName;

	private String description;

	private String website;

	private String contactEmail;

	private boolean visible;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "marketplace_profile_service_type", joinColumns = @JoinColumn(name = "company_id"))
	@Column(name = "service_type")
	@Enumerated(EnumType.STRING)
	private Set<ServiceType> serviceTypes = EnumSet.noneOf(ServiceType.class);

	private Instant updatedAt;

	private String updatedBy;

	@Version
	private long version;

	protected MarketplaceProfile() {
	}

	MarketplaceProfile(long companyId) {
		this.companyId = companyId;
	}

	void update(ProfileData data, String actorName, Instant now) {
		this.displayName = data.displayName().strip();
		this.description = (data.description() != null) ? data.description().strip() : "";
		this.website = blankToNull(data.website());
		this.contactEmail = data.contactEmail().strip();
		this.visible = data.visible();
		this.serviceTypes.clear();
		this.serviceTypes.addAll(data.serviceTypes());
		this.updatedBy = actorName;
		this.updatedAt = now;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	long companyId() {
		return this.companyId;
	}

	String displayName() {
		return this.displayName;
	}

	String description() {
		return this.description;
	}

	String website() {
		return this.website;
	}

	String contactEmail() {
		return this.contactEmail;
	}

	boolean isVisible() {
		return this.visible;
	}

	Set<ServiceType> serviceTypes() {
		return Set.copyOf(this.serviceTypes);
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	String updatedBy() {
		return this.updatedBy;
	}

}
