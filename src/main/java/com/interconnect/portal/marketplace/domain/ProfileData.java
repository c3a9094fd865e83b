package com.interconnect.portal.marketplace.domain;

import java.util.Set;

/**
 * What a Company Admin enters on the Marketplace Profile page.
 *
 * @param displayName the name the Marketplace shows
 * @param description what the provider offers
 * @param serviceTypes its service types
 * @param website its website (optional)
 * @param contactEmail where connection requests go when nobody subscribes to Ordering
 * @param portIds the LIVE ports listed
 * @param visible whether the profile is shown and receives connection requests
 */
public record ProfileData(String displayName, String description, Set<ServiceType> serviceTypes, String website,
		String contactEmail, Set<Long> portIds, boolean visible) {

	public ProfileData {
		serviceTypes = (serviceTypes != null) ? Set.copyOf(serviceTypes) : Set.of();
		portIds = (portIds != null) ? Set.copyOf(portIds) : Set.of();
	}

}
