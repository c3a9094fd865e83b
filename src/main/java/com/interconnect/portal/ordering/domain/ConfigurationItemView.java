package com.interconnect.portal.ordering.domain;

import com.interconnect.portal.ordering.ServiceKind;
import com.interconnect.portal.shared.Money;

/**
 * A designed port or VXC as the configuration page shows it.
 *
 * @param id the item
 * @param kind port or VXC
 * @param name its name
 * @param details what was designed, e.g. "Equinix SY3, Sydney · 10 Gbps · 12 months"
 * @param monthlyPrice its monthly price from the price book
 * @param vxcsOnIt for a port, how many VXC items of the configuration end on it
 */
public record ConfigurationItemView(long id, ServiceKind kind, String name, String details, Money monthlyPrice,
		int vxcsOnIt) {

}
