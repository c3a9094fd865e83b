package com.interconnect.portal.marketplace.web;

import java.util.List;
import java.util.Set;

import com.interconnect.portal.marketplace.domain.ProfileData;
import com.interconnect.portal.marketplace.domain.ServiceType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record ProfileForm(
		@NotBlank(message = "Enter a display name of 2 to 100 characters.") @Size(min = 2, max = 100,
				message = "Enter a display name of 2 to 100 characters.") String displayName,
		@Size(max = 2000, message = "A description has at most 2,000 characters.") String description,
		List<ServiceType> serviceTypes, String website,
		@NotBlank(message = "Enter a contact email such as partners@example.com.") String contactEmail,
		List<Long> portIds, boolean visible) {

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
