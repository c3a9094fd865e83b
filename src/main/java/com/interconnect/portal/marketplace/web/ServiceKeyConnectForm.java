package com.interconnect.portal.marketplace.web;

import com.interconnect.portal.ordering.ConnectionDesigns.ConnectionDesign;

/**
 * "Connect with a service key": the key, the VXC to its port, and the saved configuration
 * it goes into. The B-end VLAN may be left empty when the key fixes it.
 */
record ServiceKeyConnectForm(String serviceKey, String vxcName, String aEnd, Integer rateLimitMbps, Integer aVlan,
		Integer bVlan, Long configurationId, String configurationName) {

	static ServiceKeyConnectForm empty(String configurationName) {
		return new ServiceKeyConnectForm("", "Service key connection", "", 1000, null, null, null, configurationName);
	}

	ConnectionDesign design() {
		return new ConnectionDesign(this.vxcName, this.aEnd, 0, this.rateLimitMbps, this.aVlan, this.bVlan,
				this.configurationId, this.configurationName, this.serviceKey);
	}

}
