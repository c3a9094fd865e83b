package com.interconnect.portal.marketplace.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.interconnect.portal.ordering.ConnectionDesigns;
import com.interconnect.portal.ordering.ConnectionDesigns.ConnectionDesign;
import com.interconnect.portal.ordering.Ordering;
import com.interconnect.portal.ordering.PortSummary;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.user.Users;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Marketplace's part of the demo dataset (demo-data.md), after ordering's:
 * CloudNova's visible profile listing its Sydney and Singapore ports (listed while the
 * provisioner is still taking them LIVE; the Marketplace shows them once they are), and
 * one pending connection request from Globex to CloudNova's Sydney port, 500 Mbps,
 * designed and ordered by tech@globex.example through the same services as the pages; and
 * CloudNova's two service keys with fixed values ({@link #SINGLE_USE_KEY},
 * {@link #MULTI_USE_KEY}). Only what is missing is added.
 */
@Component
@ConditionalOnBooleanProperty("portal.demo.enabled")
@Order(20)
class MarketplaceDemoData implements ApplicationRunner {

	/** CloudNova's single-use key: at most 1,000 Mbps, not pre-approved, VLAN 100. */
	static final UUID SINGLE_USE_KEY = UUID.fromString("6f1c2a8e-3b4d-4c5e-9f60-1a2b3c4d5e01");

	/** CloudNova's multi-use, pre-approved key: at most 200 Mbps. */
	static final UUID MULTI_USE_KEY = UUID.fromString("9a7b6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c02");

	private final Users users;

	private final Ordering ordering;

	private final ConnectionDesigns designs;

	private final ProfileService profiles;

	private final MarketplaceProfileRepository profileRepository;

	private final ApprovalRepository approvals;

	private final ServiceKeyService serviceKeys;

	MarketplaceDemoData(Users users, Ordering ordering, ConnectionDesigns designs, ProfileService profiles,
			MarketplaceProfileRepository profileRepository, ApprovalRepository approvals,
			ServiceKeyService serviceKeys) {
		this.serviceKeys = serviceKeys;
		this.users = users;
		this.ordering = ordering;
		this.designs = designs;
		this.profiles = profiles;
		this.profileRepository = profileRepository;
		this.approvals = approvals;
	}

	@Override
	public void run(ApplicationArguments args) {
		CurrentUser cloudNova = this.users.findActiveByEmail("admin@cloudnova.example").orElseThrow();
		List<PortSummary> ports = this.ordering.activePortsOf(cloudNova.companyId());
		if (!this.profileRepository.existsById(cloudNova.companyId())) {
			Set<Long> listed = ports.stream().map(PortSummary::id).collect(Collectors.toSet());
			this.profiles.saveForDemo(cloudNova.companyId(), new ProfileData("CloudNova",
					"CloudNova runs compute, storage and managed databases in Sydney and Singapore. Connect your ports "
							+ "to ours privately, without the public internet.",
					Set.of(ServiceType.CLOUD, ServiceType.SAAS), "https://cloudnova.example",
					"partners@cloudnova.example", listed, true));
		}
		CurrentUser globex = this.users.findActiveByEmail("tech@globex.example").orElseThrow();
		if (!this.approvals.existsByCustomerCompanyIdAndProviderCompanyId(globex.companyId(), cloudNova.companyId())) {
			PortSummary sydney = portIn(ports, "Sydney");
			PortSummary globexSydney = portIn(this.ordering.activePortsOf(globex.companyId()), "Sydney");
			long configuration = this.designs.addConnection(globex, new ConnectionDesign("Globex to CloudNova Sydney",
					"service:" + globexSydney.id(), sydney.id(), 500, 200, 200, null, "CloudNova Sydney connection"));
			this.designs.placeOrder(globex, configuration);
		}
		// the keys' port may still be on its way to LIVE (the provisioner takes it there)
		List<PortSummary> live = ports;
		if (!live.isEmpty()) {
			LocalDate from = LocalDate.of(2026, 1, 1);
			LocalDate to = LocalDate.of(2030, 12, 31);
			PortSummary first = live.stream()
				.filter((port) -> port.location() != null && "Sydney".equals(port.location().city()))
				.findFirst()
				.orElse(live.get(0));
			this.serviceKeys.createForDemo(cloudNova, SINGLE_USE_KEY, new ServiceKeyData(first.id(),
					"Single-use key for a new customer", false, 1000, 100, false, from, to));
			this.serviceKeys.createForDemo(cloudNova, MULTI_USE_KEY,
					new ServiceKeyData(first.id(), "Pre-approved key for partners", true, 200, null, true, from, to));
		}
	}

	private static PortSummary portIn(List<PortSummary> ports, String city) {
		return ports.stream()
			.filter((port) -> port.location() != null && city.equals(port.location().city()))
			.findFirst()
			.orElseThrow();
	}

}
