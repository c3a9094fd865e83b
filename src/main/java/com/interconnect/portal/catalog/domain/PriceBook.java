package com.interconnect.portal.catalog.domain;

import java.util.Currency;
import java.util.List;
import java.util.Locale;

import com.interconnect.portal.catalog.LocationSummary;
import com.interconnect.portal.catalog.PortSpeed;
import com.interconnect.portal.catalog.Term;
import com.interconnect.portal.shared.Money;

/**
 * The Price Book page: every active location's monthly port prices and the VXC band
 * prices, in one currency.
 *
 * @param currency the currency shown
 * @param currencies the currencies the reader can choose from
 * @param terms the terms, in the order of each speed's prices
 * @param locations the active locations with their port prices
 * @param vxcBands the VXC speed bands, smallest first
 */
public record PriceBook(String currency, List<CurrencyOption> currencies, List<Term> terms,
		List<LocationPrices> locations, List<VxcBandPrice> vxcBands) {

	/** A currency as the chooser lists it, e.g. {@code AUD · Australian Dollar}. */
	public record CurrencyOption(String code, String name) {

		static CurrencyOption of(String code) {
			return new CurrencyOption(code, Currency.getInstance(code).getDisplayName(Locale.ENGLISH));
		}

		public String label() {
			return this.code + " · " + this.name;
		}

	}

	/** A location's port prices, one row per speed. */
	public record LocationPrices(LocationSummary location, List<SpeedPrices> speeds) {

	}

	/** The monthly prices of a port speed, one per term in the order of the terms. */
	public record SpeedPrices(PortSpeed speed, List<Money> byTerm) {

	}

	/** The monthly price of a VXC with a rate limit from minMbps to maxMbps. */
	public record VxcBandPrice(int minMbps, int maxMbps, Money monthlyPrice) {

		/** E.g. {@code 501–1,000 Mbps}. */
		public String label() {
			return String.format(Locale.ROOT, "%,d–%,d Mbps", this.minMbps, this.maxMbps);
		}

	}

}
