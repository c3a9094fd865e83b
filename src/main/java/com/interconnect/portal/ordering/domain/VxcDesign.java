package com.interconnect.portal.ordering.domain;

/**
 * A VXC as designed in a saved configuration.
 *
 * @param name the VXC's name
 * @param aEnd the A-end port, a {@link PortChoice#value()}
 * @param bEnd the B-end port, a {@link PortChoice#value()}
 * @param rateLimitMbps the rate limit in Mbps
 * @param aVlan the VLAN on the A-end port
 * @param bVlan the VLAN on the B-end port
 * @param serviceKey the provider's service key that opens the B-end port, or null
 */
public record VxcDesign(String name, String aEnd, String bEnd, Integer rateLimitMbps, Integer aVlan, Integer bVlan,
		String serviceKey) {

	public VxcDesign(String name, String aEnd, String bEnd, Integer rateLimitMbps, Integer aVlan, Integer bVlan) {
		this(name, aEnd, bEnd, rateLimitMbps, aVlan, bVlan, null);
	}

}
