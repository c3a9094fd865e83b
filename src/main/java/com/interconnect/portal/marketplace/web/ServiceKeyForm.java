package com.interconnect.portal.marketplace.web;

import java.time.LocalDate;

import com.interconnect.portal.marketplace.domain.ServiceKeyData;

import org.springframework.format.annotation.DateTimeFormat;

/** A new service key, as Company > Service Keys fills it in. */
record ServiceKeyForm(Long portId, String description, boolean multiUse, Integer maxSpeedMbps, Integer fixedVlan,
		boolean preApproved, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo) {

	static ServiceKeyForm empty(LocalDate today) {
		return new ServiceKeyForm(null, "", false, 1000, null, false, today, today.plusYears(1));
	}

	ServiceKeyData data() {
		return new ServiceKeyData(this.portId, this.description, this.multiUse, this.maxSpeedMbps, this.fixedVlan,
				this.preApproved, this.validFrom, this.validTo);
	}

}
