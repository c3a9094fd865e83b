package com.interconnect.portal.ordering.domain;

import java.time.Instant;

import com.interconnect.portal.shared.Money;

/**
 * A saved configuration in the list.
 *
 * @param id the configuration
 * @param name its name
 * @param items how many ports and VXCs it holds
 * @param monthlyTotal the monthly total in the company's currency
 * @param orderedAt when it was ordered, or null for a draft
 */
public record ConfigurationRow(long id, String name, int items, Money monthlyTotal, Instant orderedAt) {

	public boolean ordered() {
		return this.orderedAt != null;
	}

}
