package com.interconnect.portal.marketplace.web;

import com.interconnect.portal.ordering.ConnectionDesigns.ConnectionDesign;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * "Request connection": the VXC to the provider's port, and the saved configuration it
 * goes into ({@code configurationId} blank for a new one named
 * {@code configurationName}).
 */
record ConnectForm(
		@NotBlank(message = "Enter a name.") @Size(max = 100,
				message = "A name has at most 100 characters.") String vxcName,
		@NotBlank(message = "Choose the A-end port.") String aEnd,
		@NotNull(message = "Enter a rate limit in Mbps.") @Min(value = 1,
				message = "Enter a rate limit of at least 1 Mbps.") Integer rateLimitMbps,
		@NotNull(message = "Enter a VLAN from 2 to 4093.") @Min(value = 2,
				message = "Enter a VLAN from 2 to 4093.") @Max(value = 4093,
						message = "Enter a VLAN from 2 to 4093.") Integer aVlan,
		@NotNull(message = "Enter a VLAN from 2 to 4093.") @Min(value = 2,
				message = "Enter a VLAN from 2 to 4093.") @Max(value = 4093,
						message = "Enter a VLAN from 2 to 4093.") Integer bVlan,
		Long configurationId, String configurationName) {

	static ConnectForm empty(String providerName, String configurationName) {
		return new ConnectForm("Connection to " + providerName, "", 1000, null, null, null, configurationName);
	}

	ConnectionDesign design(long portId) {
		return new ConnectionDesign(this.vxcName, this.aEnd, portId, this.rateLimitMbps, this.aVlan, this.bVlan,
				this.configurationId, this.configurationName);
	}

}
