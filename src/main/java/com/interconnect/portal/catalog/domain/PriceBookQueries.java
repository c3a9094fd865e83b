package com.interconnect.portal.catalog.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the price tables, each lookup by its primary key.
 */
@Component
class PriceBookQueries {

	private final JdbcClient jdbc;

	PriceBookQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<String> currencies() {
		return this.jdbc.sql("SELECT DISTINCT currency FROM vxc_price ORDER BY currency").query(String.class).list();
	}

	Optional<BigDecimal> portPrice(long locationId, int speedGbps, int termMonths, String currency) {
		return this.jdbc.sql("""
				SELECT monthly_price FROM port_price
				WHERE location_id = ? AND speed_gbps = ? AND term_months = ? AND currency = ?""")
			.params(locationId, speedGbps, termMonths, currency)
			.query(BigDecimal.class)
			.optional();
	}

	/** Every port price in a currency. */
	List<PortPriceRow> portPrices(String currency) {
		return this.jdbc
			.sql("SELECT location_id, speed_gbps, term_months, monthly_price FROM port_price WHERE currency = ?")
			.params(currency)
			.query((rs, row) -> new PortPriceRow(rs.getLong("location_id"), rs.getInt("speed_gbps"),
					rs.getInt("term_months"), rs.getBigDecimal("monthly_price")))
			.list();
	}

	/** The smallest band that holds the rate limit, if any. */
	Optional<Integer> vxcBand(int rateLimitMbps) {
		return this.jdbc
			.sql("SELECT band_max_mbps FROM vxc_price WHERE band_max_mbps >= ? ORDER BY band_max_mbps LIMIT 1")
			.params(rateLimitMbps)
			.query(Integer.class)
			.optional();
	}

	Optional<BigDecimal> vxcPrice(int bandMaxMbps, String currency) {
		return this.jdbc.sql("SELECT monthly_price FROM vxc_price WHERE band_max_mbps = ? AND currency = ?")
			.params(bandMaxMbps, currency)
			.query(BigDecimal.class)
			.optional();
	}

	/** Every VXC band's price in a currency, smallest band first. */
	List<VxcPriceRow> vxcPrices(String currency) {
		return this.jdbc
			.sql("SELECT band_max_mbps, monthly_price FROM vxc_price WHERE currency = ? ORDER BY band_max_mbps")
			.params(currency)
			.query((rs, row) -> new VxcPriceRow(rs.getInt("band_max_mbps"), rs.getBigDecimal("monthly_price")))
			.list();
	}

	record PortPriceRow(long locationId, int speedGbps, int termMonths, BigDecimal monthlyPrice) {

	}

	record VxcPriceRow(int bandMaxMbps, BigDecimal monthlyPrice) {

	}

}
