package com.interconnect.portal.catalog.domain;

import java.util.List;

import com.interconnect.portal.catalog.Catalog;
import com.interconnect.portal.catalog.LocationSummary;
import com.interconnect.portal.catalog.PortSpeed;
import com.interconnect.portal.catalog.Term;
import com.interconnect.portal.shared.Money;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The catalogue and price book the migration seeds, read through the module's API.
 */
@SpringBootTest
class CatalogServiceTests {

	static final List<String> CURRENCIES = List.of("AUD", "CAD", "EUR", "GBP", "HKD", "JPY", "NZD", "SGD", "USD");

	@Autowired
	Catalog catalog;

	@Autowired
	CatalogService service;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theCatalogueHasTheRequiredCitiesAndALocationInEveryMarket() {
		List<LocationSummary> locations = this.catalog.locations();

		assertThat(locations).extracting(LocationSummary::city)
			.contains("Sydney", "Melbourne", "Singapore", "Tokyo", "London", "Frankfurt", "Amsterdam", "New York",
					"Ashburn", "Los Angeles");
		assertThat(locations.stream().filter((location) -> location.city().equals("Sydney"))).hasSizeGreaterThan(1);
		assertThat(locations).extracting(LocationSummary::marketCode)
			.containsAll(this.jdbc.queryForList("select code from market", String.class));
		assertThat(locations).filteredOn(LocationSummary::city, "Tokyo").singleElement().satisfies((tokyo) -> {
			assertThat(tokyo.countryCode()).isEqualTo("JP");
			assertThat(tokyo.countryName()).isEqualTo("Japan");
			assertThat(tokyo.marketCode()).isEqualTo("JP");
		});
		assertThat(locations).filteredOn(LocationSummary::city, "Ashburn")
			.extracting(LocationSummary::marketCode)
			.containsOnly("US");
	}

	@Test
	void locationsAreListedByCountryCityAndDataCentre() {
		List<LocationSummary> locations = this.catalog.locations();

		assertThat(locations).isSortedAccordingTo((a, b) -> (a.countryName() + "|" + a.city() + "|" + a.dataCentre())
			.compareTo(b.countryName() + "|" + b.city() + "|" + b.dataCentre()));
		LocationSummary first = locations.get(0);
		assertThat(this.catalog.location(first.id())).contains(first);
		assertThat(this.catalog.location(-1)).isEmpty();
	}

	@Test
	void everyLocationSpeedTermAndCurrencyHasExactlyOnePrice() {
		assertThat(this.catalog.currencies()).isEqualTo(CURRENCIES);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from location l
				cross join (values (1), (10), (100)) s (speed_gbps)
				cross join (values (0), (12), (24), (36)) t (term_months)
				cross join (select distinct currency from market) c
				where (select count(*) from port_price p where p.location_id = l.id and p.speed_gbps = s.speed_gbps
				       and p.term_months = t.term_months and p.currency = c.currency) <> 1""", Integer.class)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from port_price", Integer.class))
			.isEqualTo(this.jdbc.queryForObject("select count(*) from location", Integer.class) * 3 * 4 * 9);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from (values (50), (100), (200), (500), (1000), (2000), (5000), (10000), (20000),
				                              (50000), (100000)) b (band_max_mbps)
				cross join (select distinct currency from market) c
				where (select count(*) from vxc_price v where v.band_max_mbps = b.band_max_mbps
				       and v.currency = c.currency) <> 1""", Integer.class)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from vxc_price", Integer.class)).isEqualTo(11 * 9);
	}

	@Test
	void portPricesAreTheStoredOnes() {
		long sydney = locationId("SYD-EQ-SY3");
		long tokyo = locationId("TYO-EQ-TY2");
		long frankfurt = locationId("FRA-EQ-FR5");
		long ashburn = locationId("IAD-EQ-DC2");

		// 1,295 x 1.10 (Sydney) x 0.90 (12 months), in USD and at 1.50 AUD per USD
		assertThat(this.catalog.portPrice(sydney, 10, Term.TWELVE_MONTHS, "USD")).isEqualTo(Money.of("1282", "USD"));
		assertThat(this.catalog.portPrice(sydney, PortSpeed.TEN_GBPS, Term.TWELVE_MONTHS, "AUD"))
			.isEqualTo(Money.of("1923.00", "AUD"));
		// 495 x 1.15 (Tokyo) x 150 JPY per USD, to the whole yen
		assertThat(this.catalog.portPrice(tokyo, 1, Term.MONTHLY, "JPY")).isEqualTo(Money.of("85388", "JPY"));
		// 4,995 x 0.80 (36 months) x 0.92 EUR per USD
		assertThat(this.catalog.portPrice(frankfurt, 100, Term.THIRTY_SIX_MONTHS, "EUR"))
			.isEqualTo(Money.of("3676", "EUR"));
		// 495 x 0.95 (Ashburn) x 0.85 (24 months)
		assertThat(this.catalog.portPrice(ashburn, 1, Term.TWENTY_FOUR_MONTHS, "USD"))
			.isEqualTo(Money.of("400", "USD"));
		// a longer term is cheaper
		assertThat(this.catalog.portPrice(sydney, 10, Term.MONTHLY, "USD"))
			.isGreaterThan(this.catalog.portPrice(sydney, 10, Term.TWELVE_MONTHS, "USD"));
	}

	@Test
	void aVxcIsPricedByTheSmallestBandHoldingItsRateLimit() {
		assertThat(this.catalog.vxcBand(1)).isEqualTo(50);
		assertThat(this.catalog.vxcBand(50)).isEqualTo(50);
		assertThat(this.catalog.vxcBand(51)).isEqualTo(100);
		assertThat(this.catalog.vxcBand(500)).isEqualTo(500);
		assertThat(this.catalog.vxcBand(501)).isEqualTo(1000);
		assertThat(this.catalog.vxcBand(100_000)).isEqualTo(100_000);

		assertThat(this.catalog.vxcPrice(500, "USD")).isEqualTo(Money.of("250", "USD"));
		assertThat(this.catalog.vxcPrice(501, "USD")).isEqualTo(Money.of("400", "USD"));
		assertThat(this.catalog.vxcPrice(1, "AUD")).isEqualTo(Money.of("90", "AUD"));
		assertThat(this.catalog.vxcPrice(1000, "JPY")).isEqualTo(Money.of("60000", "JPY"));
		assertThat(this.catalog.vxcPrice(100_000, "EUR")).isEqualTo(Money.of("10120", "EUR"));
	}

	@Test
	void invalidInputsAreRefused() {
		long sydney = locationId("SYD-EQ-SY3");

		assertThatIllegalArgumentException().isThrownBy(() -> this.catalog.portPrice(-1, 10, Term.MONTHLY, "USD"))
			.withMessage("There is no location -1.");
		assertThatIllegalArgumentException().isThrownBy(() -> this.catalog.portPrice(sydney, 40, Term.MONTHLY, "USD"))
			.withMessage("No port of 40 Gbps is offered; the speeds are 1 Gbps, 10 Gbps, 100 Gbps.");
		assertThatIllegalArgumentException().isThrownBy(() -> this.catalog.portPrice(sydney, 10, null, "USD"))
			.withMessage("A term is required.");
		assertThatIllegalArgumentException().isThrownBy(() -> this.catalog.portPrice(sydney, 10, Term.MONTHLY, "CHF"))
			.withMessageStartingWith("The price book has no prices in CHF; its currencies are AUD, CAD, EUR");
		assertThatIllegalArgumentException().isThrownBy(() -> this.catalog.portPrice(sydney, 10, Term.MONTHLY, null))
			.withMessageStartingWith("The price book has no prices in null");
		assertThatIllegalArgumentException().isThrownBy(() -> this.catalog.vxcPrice(0, "USD"))
			.withMessage("A VXC's rate limit is 1 to 100,000 Mbps, not 0 Mbps.");
		assertThatIllegalArgumentException().isThrownBy(() -> this.catalog.vxcPrice(100_001, "USD"))
			.withMessage("A VXC's rate limit is 1 to 100,000 Mbps, not 100,001 Mbps.");
		assertThatIllegalArgumentException().isThrownBy(() -> this.catalog.vxcPrice(100, "XYZ"))
			.withMessageStartingWith("The price book has no prices in XYZ");
		assertThatIllegalArgumentException().isThrownBy(() -> Term.ofMonths(6))
			.withMessageContaining("No term of 6 months");
	}

	@Test
	void thePriceBookHasEveryLocationSpeedTermAndBandInTheChosenCurrency() {
		PriceBook book = this.service.priceBook("GBP");

		assertThat(book.currency()).isEqualTo("GBP");
		assertThat(book.currencies()).extracting(PriceBook.CurrencyOption::code).isEqualTo(CURRENCIES);
		assertThat(book.locations()).hasSameSizeAs(this.catalog.locations());
		assertThat(book.locations()).allSatisfy((row) -> assertThat(row.speeds()).hasSize(3)
			.allSatisfy((speed) -> assertThat(speed.byTerm()).hasSize(4)
				.allSatisfy((price) -> assertThat(price.currency()).isEqualTo("GBP"))));
		assertThat(book.vxcBands()).hasSize(11);
		assertThat(book.vxcBands().get(4)).satisfies((band) -> {
			assertThat(band.label()).isEqualTo("501–1,000 Mbps");
			assertThat(band.monthlyPrice()).isEqualTo(Money.of("320", "GBP"));
		});
	}

	private long locationId(String code) {
		return this.jdbc.queryForObject("select id from location where code = ?", Long.class, code);
	}

}
