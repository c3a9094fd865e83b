package com.interconnect.portal.ordering.web;

import com.interconnect.portal.ordering.domain.VxcDesign;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record VxcItemForm(
		@NotBlank(message = "Enter a name.") @Size(max = 100,
				message = "A name has at most 100 characters.") String vxcName,
		@NotBlank(message = "Choose the A-end port.") String aEnd,
		@NotBlank(message = "Choose the B-end port.") String bEnd,
		@NotNull(message = "Enter a rate limit in Mbps.") @Min(value = 1,
				message = "Enter a rate limit of at least 1 Mbps.") Integer rateLimitMbps,
		@NotNull(message = "Enter a VLAN from 2 to 4093.") @Min(value = 2,
				message = "Enter a VLAN from 2 to 4093.") @Max(value = 4093,
						message = "Enter a VLAN from 2 to 4093.") Integer aVlan,
		@NotNull(message = "Enter a VLAN from 2 to 4093.") @Min(value = 2,
				message = "Enter a VLAN from 2 to 4093.") @Max(value = 4093,
						message = "Enter a VLAN from 2 to 4093.") Integer bVlan) {

	static VxcItemForm empty() {
		return new VxcItemForm("", "", "", 1000, null, null);
	}

	static VxcItemForm of(VxcDesign design) {
		return new VxcItemForm(design.name(), design.aEnd(), design.bEnd(), design.rateLimitMbps(), design.aVlan(),
				design.bVlan());
	}

	VxcDesign design() {
		return new VxcDesign(this.vxcName, this.aEnd, this.bEnd, this.rateLimitMbps, this.aVlan, this.bVlan);
	}

}
