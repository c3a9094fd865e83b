package com.interconnect.portal.catalog;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The port speeds on offer.
 */
public enum PortSpeed {

	ONE_GBPS(1), TEN_GBPS(10), HUNDRED_GBPS(100);

	private final int gbps;

	PortSpeed(int gbps) {
		this.gbps = gbps;
	}

	public int gbps() {
		return this.gbps;
	}

	/** The speed in Mbps, the unit of a VXC's rate limit. */
	public int mbps() {
		return this.gbps * 1000;
	}

	/** E.g. {@code 10 Gbps}. */
	public String label() {
		return this.gbps + " Gbps";
	}

	/**
	 * The speed of {@code gbps} Gbps.
	 * @throws IllegalArgumentException if no port of that speed is offered
	 */
	public static PortSpeed ofGbps(int gbps) {
		return Arrays.stream(values())
			.filter((speed) -> speed.gbps == gbps)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No port of " + gbps + " Gbps is offered; the speeds are "
					+ Arrays.stream(values()).map(PortSpeed::label).collect(Collectors.joining(", ")) + "."));
	}

}
