package com.interconnect.portal.ordering.domain;

import java.time.Instant;

import com.interconnect.portal.ordering.ServiceKind;
import com.interconnect.portal.ordering.ServiceState;
import com.interconnect.portal.shared.Money;

/**
 * One service of the Services page.
 *
 * @param id the service
 * @param name its name
 * @param kind a port or a VXC
 * @param state where it is in its life
 * @param location for a port its data centre and city, for a VXC its A-end port's name →
 * its B-end port's name
 * @param speed a port's speed ({@code 10 Gbps}) or a VXC's rate limit ({@code 500 Mbps})
 * @param monthlyPrice the monthly price
 * @param orderedAt when it was ordered
 */
public record ServiceRow(long id, String name, ServiceKind kind, ServiceState state, String location, String speed,
		Money monthlyPrice, Instant orderedAt) {

}
