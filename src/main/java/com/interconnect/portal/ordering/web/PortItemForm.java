package com.interconnect.portal.ordering.web;

import com.interconnect.portal.catalog.PortSpeed;
import com.interconnect.portal.catalog.Term;
import com.interconnect.portal.ordering.domain.PortDesign;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record PortItemForm(
		@NotBlank(message = "Enter a name.") @Size(max = 100,
				message = "A name has at most 100 characters.") String portName,
		@NotNull(message = "Choose a location.") Long locationId,
		@NotNull(message = "Choose a port speed.") PortSpeed speed, @NotNull(message = "Choose a term.") Term term) {

	static PortItemForm empty() {
		return new PortItemForm("", null, PortSpeed.TEN_GBPS, Term.TWELVE_MONTHS);
	}

	static PortItemForm of(PortDesign design) {
		return new PortItemForm(design.name(), design.locationId(), design.speed(), design.term());
	}

	PortDesign design() {
		return new PortDesign(this.portName, this.locationId, this.speed, this.term);
	}

}
