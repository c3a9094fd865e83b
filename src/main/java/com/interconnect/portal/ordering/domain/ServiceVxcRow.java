package com.interconnect.portal.ordering.domain;

import com.interconnect.portal.ordering.ServiceState;

/**
 * A VXC on a port, as the port's page lists it.
 *
 * @param id the VXC
 * @param name its name
 * @param state where it is in its life
 * @param otherEnd the name of the port at its other end
 * @param vlan the VLAN it uses on this port
 * @param rateLimit its rate limit, e.g. {@code 500 Mbps}
 * @param own whether it belongs to the viewer's company (and may be opened); another
 * company's VXC reaches the port through the Marketplace
 */
public record ServiceVxcRow(long id, String name, ServiceState state, String otherEnd, int vlan, String rateLimit,
		boolean own) {

}
