package com.interconnect.portal.marketplace.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.interconnect.portal.catalog.Catalog;
import com.interconnect.portal.catalog.LocationSummary;
import com.interconnect.portal.marketplace.MarketplacePermissions;
import com.interconnect.portal.ordering.ConnectionDesigns;
import com.interconnect.portal.ordering.ConnectionDesigns.ConnectionDesign;
import com.interconnect.portal.ordering.Ordering;
import com.interconnect.portal.ordering.OrderingPermissions;
import com.interconnect.portal.ordering.PortSummary;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Forbidden;
import com.interconnect.portal.shared.LikePattern;
import com.interconnect.portal.shared.NotFoundException;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Marketplace (product.md §6): visible providers, searched by name, service type and
 * the city of a listed port; a provider's page with its listed LIVE ports; and "Request
 * connection", which designs a VXC to one of them into a saved configuration.
 */
@Service
@Transactional(readOnly = true)
public class MarketplaceService {

	static final int PAGE_SIZE = 20;

	static final String REQUEST_REASON = "Only a Company Admin, a Technical Admin or a Technical Contact can design "
			+ "connections.";

	private final MarketplaceProfileRepository profiles;

	private final ListedPortRepository listed;

	private final Ordering ordering;

	private final ConnectionDesigns designs;

	private final Catalog catalog;

	MarketplaceService(MarketplaceProfileRepository profiles, ListedPortRepository listed, Ordering ordering,
			ConnectionDesigns designs, Catalog catalog) {
		this.profiles = profiles;
		this.listed = listed;
		this.ordering = ordering;
		this.designs = designs;
		this.catalog = catalog;
	}

	/**
	 * One page of visible providers by name, whose name contains {@code name}, of
	 * {@code type}, with a listed port in a city (or data centre) containing
	 * {@code location}; each blank or null for any.
	 */
	public Page<ProviderRow> search(CurrentUser actor, String name, ServiceType type, String location, int page) {
		Forbidden.unless(MarketplacePermissions.canBrowse(actor), ProfileService.VIEW_REASON);
		Specification<MarketplaceProfile> spec = (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(cb.isTrue(root.get("visible")));
			if (name != null && !name.isBlank()) {
				where.add(cb.like(cb.lower(root.get("displayName")), LikePattern.containing(name), '\\'));
			}
			if (type != null) {
				Join<MarketplaceProfile, ServiceType> types = root.join("serviceTypes");
				where.add(cb.equal(types, type));
			}
			if (location != null && !location.isBlank()) {
				List<Long> locationIds = locationsMatching(location);
				if (locationIds.isEmpty()) {
					where.add(cb.disjunction());
				}
				else {
					Subquery<Long> ports = query.subquery(Long.class);
					var port = ports.from(ListedPort.class);
					Expression<Long> company = port.get("companyId");
					ports.select(company)
						.where(cb.equal(company, root.get("companyId")), port.get("locationId").in(locationIds));
					where.add(cb.exists(ports));
				}
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
		Page<MarketplaceProfile> found = this.profiles.findAll(spec, PageRequest.of(Math.max(page, 0), PAGE_SIZE,
				Sort.by(Sort.Order.asc("displayName").ignoreCase(), Sort.Order.asc("companyId"))));
		Map<Long, List<PortSummary>> ports = livePortsOf(found.map(MarketplaceProfile::companyId).toList());
		return found.map((profile) -> row(profile, ports.getOrDefault(profile.companyId(), List.of())));
	}

	public ProviderPage provider(CurrentUser actor, long companyId) {
		Forbidden.unless(MarketplacePermissions.canBrowse(actor), ProfileService.VIEW_REASON);
		MarketplaceProfile profile = visibleProfile(actor, companyId);
		List<PortSummary> ports = livePortsOf(List.of(companyId)).getOrDefault(companyId, List.of());
		return new ProviderPage(row(profile, ports), profile.website(), ports,
				canRequest(actor) && companyId != actor.companyId());
	}

	public ConnectPage connect(CurrentUser actor, long portId) {
		PortSummary port = requestablePort(actor, portId);
		String providerName = this.profiles.findById(port.companyId()).orElseThrow().displayName();
		return new ConnectPage(port.companyId(), providerName, port,
				this.designs.choices(actor, "Connection to " + providerName));
	}

	/**
	 * Designs the VXC to the listed port into a saved configuration.
	 * @return the saved configuration's id
	 */
	@Transactional
	public long requestConnection(CurrentUser actor, long portId, ConnectionDesign design) {
		requestablePort(actor, portId);
		return this.designs.addConnection(actor,
				new ConnectionDesign(design.vxcName(), design.aEnd(), portId, design.rateLimitMbps(), design.aVlan(),
						design.bVlan(), design.configurationId(), design.configurationName()));
	}

	/** The customer's choices for a VXC to the port of a service key. */
	public ConnectionDesigns.ConnectionChoices serviceKeyChoices(CurrentUser actor) {
		Forbidden.unless(MarketplacePermissions.canBrowse(actor), ProfileService.VIEW_REASON);
		return this.designs.choices(actor, "Service key connection");
	}

	/**
	 * Designs a VXC to the port of a service key (listed or not) into a saved
	 * configuration; the key is checked now and used when the VXC is ordered.
	 * @return the saved configuration's id
	 */
	@Transactional
	public long connectWithServiceKey(CurrentUser actor, ConnectionDesign design) {
		Forbidden.unless(MarketplacePermissions.canBrowse(actor), ProfileService.VIEW_REASON);
		if (design.serviceKey() == null || design.serviceKey().isBlank()) {
			throw com.interconnect.portal.shared.InvalidInputException.of("serviceKey", "Enter the service key.");
		}
		return this.designs.addConnection(actor,
				new ConnectionDesign(design.vxcName(), design.aEnd(), 0, design.rateLimitMbps(), design.aVlan(),
						design.bVlan(), design.configurationId(), design.configurationName(),
						design.serviceKey().strip()));
	}

	private PortSummary requestablePort(CurrentUser actor, long portId) {
		Forbidden.unless(MarketplacePermissions.canBrowse(actor), ProfileService.VIEW_REASON);
		ListedPort listing = this.listed.findById(portId).orElseThrow(() -> new NotFoundException("Port"));
		visibleProfile(actor, listing.companyId());
		PortSummary port = this.ordering.ports(List.of(portId)).get(portId);
		if (port == null || !port.isLive() || port.companyId() == actor.companyId()) {
			throw new NotFoundException("Port");
		}
		Forbidden.unless(canRequest(actor), REQUEST_REASON);
		return port;
	}

	private MarketplaceProfile visibleProfile(CurrentUser actor, long companyId) {
		return this.profiles.findById(companyId)
			.filter((profile) -> profile.isVisible() || profile.companyId() == actor.companyId())
			.orElseThrow(() -> new NotFoundException("Provider"));
	}

	private static boolean canRequest(CurrentUser actor) {
		return OrderingPermissions.canDesign(actor);
	}

	/** The listed ports of the providers that are LIVE, by provider, in one lookup. */
	private Map<Long, List<PortSummary>> livePortsOf(List<Long> companyIds) {
		if (companyIds.isEmpty()) {
			return Map.of();
		}
		Set<Long> portIds = this.listed.findByCompanyIdIn(companyIds)
			.stream()
			.map(ListedPort::portId)
			.collect(Collectors.toSet());
		return this.ordering.ports(portIds)
			.values()
			.stream()
			.filter(PortSummary::isLive)
			.sorted(Comparator.comparing(PortSummary::locationLabel).thenComparing(PortSummary::id))
			.collect(Collectors.groupingBy(PortSummary::companyId));
	}

	private List<Long> locationsMatching(String text) {
		String needle = text.strip().toLowerCase(Locale.ROOT);
		return this.catalog.locations()
			.stream()
			.filter((location) -> location.city().toLowerCase(Locale.ROOT).contains(needle)
					|| location.dataCentre().toLowerCase(Locale.ROOT).contains(needle))
			.map(LocationSummary::id)
			.toList();
	}

	private static ProviderRow row(MarketplaceProfile profile, List<PortSummary> ports) {
		return new ProviderRow(profile.companyId(), profile.displayName(), profile.description(),
				profile.serviceTypes().stream().sorted().map(ServiceType::label).toList(),
				ports.stream()
					.filter((port) -> port.location() != null)
					.map((port) -> port.location().city())
					.distinct()
					.sorted()
					.toList());
	}

}
