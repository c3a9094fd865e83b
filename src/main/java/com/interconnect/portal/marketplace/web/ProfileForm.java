package com.interconnect.portal.marketplace.web;

import com.interconnect.portal.shared.MultiLine;
import java.util.List;
import java.util.Set;

import com.interconnect.portal.marketplace.domain.ProfileData;
import com.interconnect.portal.marketplace.domain.ServiceType;

/**
 * The Marketplace Profile form. The service checks every field, so that all the errors of
 * one Save are shown together, one per field.
 */
record ProfileForm(String displayName, @MultiLine String description, List<ServiceType> serviceTypes, String website,
		String contactEmail, List<Long> portIds, boolean visible) {

	static ProfileForm of(ProfileData data) {
		return new ProfileForm(data.displayName(), data.description(), List.copyOf(data.serviceTypes()), data.website(),
				data.contactEmail(), List.copyOf(data.portIds()), data.visible());
	}

	ProfileData data() {
		return new ProfileData(this.displayName, this.description,
				(this.serviceTypes != null) ? Set.copyOf(this.serviceTypes) : Set.of(), this.website, this.contactEmail,
				(this.portIds != null) ? Set.copyOf(this.portIds) : Set.of(), this.visible);
	}

}
