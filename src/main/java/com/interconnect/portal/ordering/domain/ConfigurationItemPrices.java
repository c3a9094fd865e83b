package com.interconnect.portal.ordering.domain;

import java.util.HashMap;
import java.util.Map;

import com.interconnect.portal.catalog.Catalog;
import com.interconnect.portal.catalog.Term;
import com.interconnect.portal.shared.Money;

/**
 * The monthly prices of designed items from the price book, in one currency. Each
 * distinct port (location, speed, term) and VXC rate limit is looked up once, so a page
 * of many items costs a handful of queries.
 */
final class ConfigurationItemPrices {

	private final Catalog catalog;

	private final String currency;

	private final Map<String, Money> known = new HashMap<>();

	ConfigurationItemPrices(Catalog catalog, String currency) {
		this.catalog = catalog;
		this.currency = currency;
	}

	String currency() {
		return this.currency;
	}

	Money of(ConfigurationItem item) {
		if (item.isPort()) {
			return this.known.computeIfAbsent(
					"port:" + item.locationId() + ":" + item.speedGbps() + ":" + item.termMonths(),
					(key) -> this.catalog.portPrice(item.locationId(), item.speedGbps(),
							Term.ofMonths(item.termMonths()), this.currency));
		}
		return this.known.computeIfAbsent("vxc:" + item.rateLimitMbps(),
				(key) -> this.catalog.vxcPrice(item.rateLimitMbps(), this.currency));
	}

	Money total(Iterable<ConfigurationItem> items) {
		Money total = Money.zero(this.currency);
		for (ConfigurationItem item : items) {
			total = total.plus(of(item));
		}
		return total;
	}

}
