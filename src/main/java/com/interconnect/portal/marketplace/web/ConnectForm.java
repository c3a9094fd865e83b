package com.interconnect.portal.marketplace.web;

import com.interconnect.portal.ordering.ConnectionDesigns.ConnectionDesign;

/**
 * "Request connection": the VXC to the provider's port, and the saved configuration it
 * goes into ({@code configurationId} blank for a new one named
 * {@code configurationName}). The rules are ordering's, which reports every field at
 * once.
 */
record ConnectForm(String vxcName, String aEnd, Integer rateLimitMbps, Integer aVlan, Integer bVlan,
		Long configurationId, String configurationName) {

	static ConnectForm empty(String providerName, String configurationName) {
		return new ConnectForm("Connection to " + providerName, "", 1000, null, null, null, configurationName);
	}

	ConnectionDesign design(long portId) {
		return new ConnectionDesign(this.vxcName, this.aEnd, portId, this.rateLimitMbps, this.aVlan, this.bVlan,
				this.configurationId, this.configurationName);
	}

}
