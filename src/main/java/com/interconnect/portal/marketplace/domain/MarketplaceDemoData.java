package com.interconnect.portal.marketplace.domain;

import java.util.List;
import java.util.Set;
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
 * designed and ordered by tech@globex.example through the same services as the pages.
 * Only what is missing is added.
 */
@Component
@ConditionalOnBooleanProperty("portal.demo.enabled")
@Order(20)
class MarketplaceDemoData implements ApplicationRunner {

	private final Users users;

	private final Ordering ordering;

	private final ConnectionDesigns designs;

	private final ProfileService profiles;

	private final MarketplaceProfileRepository profileRepository;

	private final ApprovalRepository approvals;

	MarketplaceDemoData(Users users, Ordering ordering, ConnectionDesigns designs, ProfileService profiles,
			MarketplaceProfileRepository profileRepository, ApprovalRepository approvals) {
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
	}

	private static PortSummary portIn(List<PortSummary> ports, String city) {
		return ports.stream()
			.filter((port) -> port.location() != null && city.equals(port.location().city()))
			.findFirst()
			.orElseThrow();
	}

}
