package com.interconnect.portal.ordering.domain;

import com.interconnect.portal.catalog.Catalog;
import com.interconnect.portal.catalog.LocationSummary;
import com.interconnect.portal.catalog.PortSpeed;
import com.interconnect.portal.catalog.Term;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.user.Users;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Ordering's part of the demo dataset (demo-data.md), made through the same services as
 * the pages: Globex's two ports and the VXC between them, and CloudNova's two ports
 * (which the Marketplace lists), ordered (the provisioner brings them LIVE within seconds
 * in the demo profile), and Acme Direct's saved configuration "Sydney starter" whose
 * Order button is gated. Only what is missing is added.
 */
@Component
@ConditionalOnBooleanProperty("portal.demo.enabled")
@Order(10)
class OrderingDemoData implements ApplicationRunner {

	static final String GLOBEX_CONFIGURATION = "Globex backbone";

	static final String ACME_CONFIGURATION = "Sydney starter";

	static final String CLOUDNOVA_CONFIGURATION = "CloudNova edge";

	private final Users users;

	private final Catalog catalog;

	private final ConfigurationService configurations;

	private final OrderService orders;

	private final SavedConfigurationRepository saved;

	OrderingDemoData(Users users, Catalog catalog, ConfigurationService configurations, OrderService orders,
			SavedConfigurationRepository saved) {
		this.users = users;
		this.catalog = catalog;
		this.configurations = configurations;
		this.orders = orders;
		this.saved = saved;
	}

	@Override
	public void run(ApplicationArguments args) {
		CurrentUser globex = this.users.findActiveByEmail("admin@globex.example").orElseThrow();
		if (isMissing(globex, GLOBEX_CONFIGURATION)) {
			long configuration = this.configurations.create(globex, GLOBEX_CONFIGURATION);
			long sydney = addTenGigPort(globex, configuration, "Globex Sydney", "Sydney");
			long singapore = addTenGigPort(globex, configuration, "Globex Singapore", "Singapore");
			this.configurations.addVxc(globex, configuration, new VxcDesign("Globex Sydney–Singapore",
					PortRef.item(sydney).value(), PortRef.item(singapore).value(), 1000, 100, 100));
			this.orders.place(globex, configuration);
		}
		CurrentUser cloudNova = this.users.findActiveByEmail("admin@cloudnova.example").orElseThrow();
		if (isMissing(cloudNova, CLOUDNOVA_CONFIGURATION)) {
			long configuration = this.configurations.create(cloudNova, CLOUDNOVA_CONFIGURATION);
			addTenGigPort(cloudNova, configuration, "CloudNova Sydney", "Sydney");
			addTenGigPort(cloudNova, configuration, "CloudNova Singapore", "Singapore");
			this.orders.place(cloudNova, configuration);
		}
		CurrentUser acme = this.users.findActiveByEmail("admin@acme.example").orElseThrow();
		if (isMissing(acme, ACME_CONFIGURATION)) {
			long configuration = this.configurations.create(acme, ACME_CONFIGURATION);
			addTenGigPort(acme, configuration, "Acme Sydney", "Sydney");
		}
	}

	private boolean isMissing(CurrentUser user, String configuration) {
		return !this.saved.existsByCompanyIdAndNameIgnoreCase(user.companyId(), configuration);
	}

	private long addTenGigPort(CurrentUser user, long configuration, String name, String city) {
		LocationSummary location = this.catalog.locations()
			.stream()
			.filter((candidate) -> candidate.city().equals(city))
			.findFirst()
			.orElseThrow();
		return this.configurations.addPort(user, configuration,
				new PortDesign(name, location.id(), PortSpeed.TEN_GBPS, Term.TWELVE_MONTHS));
	}

}
