package com.interconnect.portal.catalog;

/**
 * A data centre where ports can be ordered.
 *
 * @param id the location's id
 * @param code the short unique code, e.g. {@code SYD-EQ-SY3}
 * @param dataCentre the data centre's name, e.g. {@code Equinix SY3}
 * @param city the city, e.g. {@code Sydney}
 * @param countryCode the ISO 3166 country code, e.g. {@code AU}
 * @param countryName the country's name in English
 * @param marketCode the billing market the location belongs to
 */
public record LocationSummary(long id, String code, String dataCentre, String city, String countryCode,
		String countryName, String marketCode) {

	/** As lists show it, e.g. {@code Equinix SY3, Sydney}. */
	public String label() {
		return this.dataCentre + ", " + this.city;
	}

}
