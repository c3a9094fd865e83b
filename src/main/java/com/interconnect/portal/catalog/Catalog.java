package com.interconnect.portal.catalog;

import java.util.List;
import java.util.Optional;

import com.interconnect.portal.shared.Money;

/**
 * The catalog module's API: locations and the monthly prices of ports and VXCs.
 * <p>
 * Prices are in the currency of the company's billing market, or
 * {@link #DEFAULT_CURRENCY} while it has none. Every method refuses an unknown location,
 * a speed, term or rate limit not offered, or a currency without prices with an
 * {@link IllegalArgumentException} that says what is wrong.
 */
public interface Catalog {

	/** The currency of prices for a company without a billing market. */
	String DEFAULT_CURRENCY = "USD";

	/** The largest VXC rate limit on offer, in Mbps. */
	int MAX_VXC_RATE_LIMIT_MBPS = 100_000;

	/** The active locations, by country, city and data centre. */
	List<LocationSummary> locations();

	/** The location with this id, active or not. */
	Optional<LocationSummary> location(long id);

	/** The currencies the price book has prices in, alphabetically. */
	List<String> currencies();

	/** The monthly price of a port of {@code speedGbps} Gbps at a location on a term. */
	Money portPrice(long locationId, int speedGbps, Term term, String currency);

	/** The monthly price of a port at a location on a term. */
	default Money portPrice(long locationId, PortSpeed speed, Term term, String currency) {
		if (speed == null) {
			throw new IllegalArgumentException("A port speed is required.");
		}
		return portPrice(locationId, speed.gbps(), term, currency);
	}

	/**
	 * The speed band a VXC of {@code rateLimitMbps} is priced by: the upper limit, in
	 * Mbps, of the smallest band that holds it (e.g. 1000 for 501 Mbps).
	 */
	int vxcBand(int rateLimitMbps);

	/** The monthly price of a VXC of {@code rateLimitMbps}, that of its speed band. */
	Money vxcPrice(int rateLimitMbps, String currency);

}
