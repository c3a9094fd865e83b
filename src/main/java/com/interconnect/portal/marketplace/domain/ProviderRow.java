package com.interconnect.portal.marketplace.domain;

import java.util.List;

/**
 * A provider as the Marketplace lists it.
 *
 * @param companyId the provider's company
 * @param displayName its name
 * @param description what it offers
 * @param serviceTypes its service types, as labels
 * @param cities the cities of its listed LIVE ports
 */
public record ProviderRow(long companyId, String displayName, String description, List<String> serviceTypes,
		List<String> cities) {

}
