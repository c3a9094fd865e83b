package com.interconnect.portal.ordering.domain;

import java.time.Duration;
import java.time.Instant;

import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.billing.BillingDetails;
import com.interconnect.portal.billing.domain.BillingMarketService;
import com.interconnect.portal.catalog.Catalog;
import com.interconnect.portal.catalog.LocationSummary;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Money;
import com.interconnect.portal.support.domain.SupportDetailsService;

/**
 * Ports and setup for the ordering tests: a port that reached LIVE, written straight to
 * the database, and a company's setup completed through the modules' own services.
 */
class OrderFixtures {

	private final ServiceRepository services;

	private final Catalog catalog;

	private final BillingMarketService billing;

	private final SupportDetailsService support;

	OrderFixtures(ServiceRepository services, Catalog catalog, BillingMarketService billing,
			SupportDetailsService support) {
		this.services = services;
		this.catalog = catalog;
		this.billing = billing;
		this.support = support;
	}

	/**
	 * A port of the company that has reached LIVE: the company has provisioned services.
	 */
	long livePort(long companyId, String name, int speedGbps) {
		Instant now = Instant.now();
		Service port = Service.orderedPort(companyId, null, name, location().id(), speedGbps, 12,
				Money.of("100.00", "USD"), now, Duration.ZERO);
		port.advance(now, Duration.ZERO);
		port.advance(now, Duration.ZERO);
		return this.services.save(port).id();
	}

	LocationSummary location() {
		return this.catalog.locations().get(0);
	}

	void addBillingMarket(CurrentUser admin, long companyId, String market, String phone) {
		this.billing.add(admin, companyId, new BillingDetails(market, "Pat Payer", phone, "accounts@billing.example",
				"1 Example Street", null, "Sydney", null, "2000", null, null));
	}

	void addAustralianMarket(CurrentUser admin, long companyId) {
		addBillingMarket(admin, companyId, "AU", "(02) 9876 5432");
	}

	/** Support details with an email at the company's sign-up domain. */
	void addSupportDetails(CurrentUser admin, CompanySummary company, String phone) {
		String domain = company.signupEmail().substring(company.signupEmail().indexOf('@') + 1);
		this.support.save(admin, company.id(), phone, "noc@" + domain);
	}

	void completeSetup(CurrentUser admin, CompanySummary company) {
		addAustralianMarket(admin, company.id());
		addSupportDetails(admin, company, "02 9876 5432");
	}

}
