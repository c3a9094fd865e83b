package com.interconnect.portal.ordering;

import java.util.List;

import com.interconnect.portal.shared.Money;

/**
 * A company ordered a saved configuration: its services are being provisioned.
 *
 * @param orderId the order
 * @param companyId the company that ordered
 * @param configurationName the name of the configuration ordered
 * @param orderedById the user who ordered
 * @param orderedByName their name
 * @param serviceIds the services created, ports first
 * @param monthlyTotal the monthly total of the order in the company's currency
 */
public record OrderPlaced(long orderId, long companyId, String configurationName, long orderedById,
		String orderedByName, List<Long> serviceIds, Money monthlyTotal) {

	public OrderPlaced {
		serviceIds = List.copyOf(serviceIds);
	}

}
