package com.interconnect.portal.ordering.domain;

import java.time.Instant;
import java.util.List;

import com.interconnect.portal.catalog.LocationSummary;
import com.interconnect.portal.shared.Money;

/**
 * A saved configuration with its items and prices, what the user may do with it, and the
 * choices of its forms.
 *
 * @param id the configuration
 * @param name its name
 * @param orderedAt when it was ordered, or null for a draft
 * @param items its ports and VXCs, in the order they were added
 * @param monthlyTotal the monthly total in the company's currency
 * @param canDesign whether the user may change it (false once ordered)
 * @param order whether the user may order it, and if not why
 * @param locations where ports can be designed
 * @param ports the ports a VXC can be designed on
 */
public record ConfigurationPage(long id, String name, Instant orderedAt, List<ConfigurationItemView> items,
		Money monthlyTotal, boolean canDesign, OrderDecision order, List<LocationSummary> locations,
		List<PortChoice> ports) {

	public boolean ordered() {
		return this.orderedAt != null;
	}

}
