package com.interconnect.portal.ordering.web;

import com.interconnect.portal.ordering.domain.VxcDesign;

/**
 * A VXC of a saved configuration as its form sends it. The rules are the domain's
 * ({@code ConfigurationService}), which reports every field at once.
 */
record VxcItemForm(String vxcName, String aEnd, String bEnd, Integer rateLimitMbps, Integer aVlan, Integer bVlan) {

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
