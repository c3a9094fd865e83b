package com.interconnect.portal.ordering.domain;

import java.time.Instant;
import java.util.List;

import com.interconnect.portal.catalog.LocationSummary;
import com.interconnect.portal.ordering.ServiceKind;
import com.interconnect.portal.ordering.ServiceState;
import com.interconnect.portal.shared.Money;

import org.springframework.data.domain.Page;

/**
 * A service's page.
 *
 * @param id the service
 * @param kind a port or a VXC
 * @param name its name
 * @param state where it is in its life
 * @param location a port's location, null for a VXC
 * @param speed a port's speed ({@code 10 Gbps}) or a VXC's rate limit ({@code 500 Mbps})
 * @param term a port's term, null for a VXC
 * @param aEnd a VXC's A-end, null for a port
 * @param bEnd a VXC's B-end, null for a port
 * @param monthlyPrice the monthly price
 * @param orderId the order it came from, or null
 * @param createdAt when it was ordered
 * @param liveAt when it became LIVE, or null
 * @param endedAt when it ended, or null
 * @param vxcs for a port the first VXCs on it (with the total), empty for a VXC
 * @param history every state it has been in, oldest first
 * @param canCancel whether the viewer may cancel it now
 * @param speedChange a VXC's speed and whether the viewer may change it, null for a port
 */
public record ServiceView(long id, ServiceKind kind, String name, ServiceState state, LocationSummary location,
		String speed, String term, ServiceEndView aEnd, ServiceEndView bEnd, Money monthlyPrice, Long orderId,
		Instant createdAt, Instant liveAt, Instant endedAt, Page<ServiceVxcRow> vxcs, List<ServiceEventView> history,
		boolean canCancel, SpeedView speedChange) {

	public boolean isPort() {
		return this.kind == ServiceKind.PORT;
	}

}
