package com.interconnect.portal.ordering.web;

/**
 * The "Change speed" form of a VXC's page. The rate limit is kept as typed, so that the
 * page shows it back beside its error.
 */
record SpeedForm(String rateLimitMbps) {

	static SpeedForm of(int rateLimitMbps) {
		return new SpeedForm(Integer.toString(rateLimitMbps));
	}

	/** The rate limit asked for, or null when it is not a whole number. */
	Integer rateLimit() {
		try {
			return (this.rateLimitMbps != null) ? Integer.valueOf(this.rateLimitMbps.strip()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
