package com.interconnect.portal.catalog.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.interconnect.portal.catalog.Catalog;
import com.interconnect.portal.catalog.LocationSummary;
import com.interconnect.portal.catalog.PortSpeed;
import com.interconnect.portal.catalog.Term;
import com.interconnect.portal.catalog.domain.PriceBookQueries.PortPriceRow;
import com.interconnect.portal.catalog.domain.PriceBookQueries.VxcPriceRow;
import com.interconnect.portal.shared.Money;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class CatalogService implements Catalog {

	private final LocationRepository locations;

	private final PriceBookQueries prices;

	CatalogService(LocationRepository locations, PriceBookQueries prices) {
		this.locations = locations;
		this.prices = prices;
	}

	@Override
	public List<LocationSummary> locations() {
		return this.locations.findByActiveTrueOrderByCountryNameAscCityAscDataCentreAsc()
			.stream()
			.map(Location::summary)
			.toList();
	}

	@Override
	public Optional<LocationSummary> location(long id) {
		return this.locations.findById(id).map(Location::summary);
	}

	@Override
	public List<String> currencies() {
		return this.prices.currencies();
	}

	@Override
	public Money portPrice(long locationId, int speedGbps, Term term, String currency) {
		PortSpeed speed = PortSpeed.ofGbps(speedGbps);
		if (term == null) {
			throw new IllegalArgumentException("A term is required.");
		}
		if (!this.locations.existsById(locationId)) {
			throw new IllegalArgumentException("There is no location " + locationId + ".");
		}
		checkCurrency(currency);
		return this.prices.portPrice(locationId, speed.gbps(), term.months(), currency)
			.map((amount) -> Money.of(amount, currency))
			.orElseThrow(() -> new IllegalStateException("The price book has no price for a " + speed.label()
					+ " port at location " + locationId + " on " + term.label() + " in " + currency + "."));
	}

	@Override
	public int vxcBand(int rateLimitMbps) {
		if (rateLimitMbps < 1 || rateLimitMbps > MAX_VXC_RATE_LIMIT_MBPS) {
			throw new IllegalArgumentException(String.format("A VXC's rate limit is 1 to %,d Mbps, not %,d Mbps.",
					MAX_VXC_RATE_LIMIT_MBPS, rateLimitMbps));
		}
		return this.prices.vxcBand(rateLimitMbps)
			.orElseThrow(
					() -> new IllegalStateException("The price book has no VXC band for " + rateLimitMbps + " Mbps."));
	}

	@Override
	public Money vxcPrice(int rateLimitMbps, String currency) {
		int band = vxcBand(rateLimitMbps);
		checkCurrency(currency);
		return this.prices.vxcPrice(band, currency)
			.map((amount) -> Money.of(amount, currency))
			.orElseThrow(() -> new IllegalStateException(
					"The price book has no price for the VXC band up to " + band + " Mbps in " + currency + "."));
	}

	/** The Price Book page in a currency of the price book. */
	public PriceBook priceBook(String currency) {
		List<String> currencies = checkCurrency(currency);
		Map<Long, Map<PortSpeed, Map<Term, Money>>> byLocation = new HashMap<>();
		for (PortPriceRow row : this.prices.portPrices(currency)) {
			byLocation.computeIfAbsent(row.locationId(), (id) -> new HashMap<>())
				.computeIfAbsent(PortSpeed.ofGbps(row.speedGbps()), (speed) -> new HashMap<>())
				.put(Term.ofMonths(row.termMonths()), Money.of(row.monthlyPrice(), currency));
		}
		List<Term> terms = List.of(Term.values());
		List<PriceBook.LocationPrices> rows = new ArrayList<>();
		for (LocationSummary location : locations()) {
			Map<PortSpeed, Map<Term, Money>> speeds = byLocation.getOrDefault(location.id(), Map.of());
			rows.add(new PriceBook.LocationPrices(location,
					Arrays.stream(PortSpeed.values())
						.map((speed) -> new PriceBook.SpeedPrices(speed,
								terms.stream().map((term) -> speeds.getOrDefault(speed, Map.of()).get(term)).toList()))
						.toList()));
		}
		List<PriceBook.VxcBandPrice> bands = new ArrayList<>();
		int min = 1;
		for (VxcPriceRow row : this.prices.vxcPrices(currency)) {
			bands.add(new PriceBook.VxcBandPrice(min, row.bandMaxMbps(), Money.of(row.monthlyPrice(), currency)));
			min = row.bandMaxMbps() + 1;
		}
		return new PriceBook(currency, currencies.stream().map(PriceBook.CurrencyOption::of).toList(), terms, rows,
				bands);
	}

	private List<String> checkCurrency(String currency) {
		List<String> currencies = currencies();
		if (!currencies.contains(currency)) {
			throw new IllegalArgumentException("The price book has no prices in " + currency + "; its currencies are "
					+ String.join(", ", currencies) + ".");
		}
		return currencies;
	}

}
