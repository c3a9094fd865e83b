package com.interconnect.portal.ordering;

import com.interconnect.portal.catalog.LocationSummary;

/**
 * A port service as other modules see it.
 *
 * @param id the port service
 * @param companyId the company that owns it
 * @param name its name
 * @param state where it is in its life
 * @param speedGbps its speed
 * @param location its data centre (null if unknown)
 */
public record PortSummary(long id, long companyId, String name, ServiceState state, int speedGbps,
		LocationSummary location) {

	public boolean isLive() {
		return this.state == ServiceState.LIVE;
	}

	/** As lists show it, e.g. {@code Equinix SY3, Sydney}. */
	public String locationLabel() {
		return (this.location != null) ? this.location.label() : "—";
	}

}
