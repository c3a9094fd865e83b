package com.interconnect.portal.ordering.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.interconnect.portal.billing.BillingMarkets;
import com.interconnect.portal.billing.PrimaryBillingMarket;
import com.interconnect.portal.catalog.Catalog;
import com.interconnect.portal.catalog.LocationSummary;
import com.interconnect.portal.catalog.PortSpeed;
import com.interconnect.portal.catalog.Term;
import com.interconnect.portal.ordering.ForeignPorts;
import com.interconnect.portal.ordering.OrderingPermissions;
import com.interconnect.portal.ordering.ServiceKeyGrant;
import com.interconnect.portal.ordering.ServiceKeyUse;
import com.interconnect.portal.ordering.ServiceKind;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Forbidden;
import com.interconnect.portal.shared.InvalidInputException;
import com.interconnect.portal.shared.NotFoundException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved configurations (product.md §5): designing ports and VXCs, with the rules of the
 * catalogue (rate limit at most the smaller port's speed, VLAN 2–4093 and unique per port
 * end) and their prices from the price book in the company's currency.
 */
@Component
@Transactional(readOnly = true)
public class ConfigurationService {

	static final String OPERATOR_REASON = "Saved configurations belong to a customer's own users.";

	static final String DESIGN_REASON = "Only a Company Admin, a Technical Admin or a Technical Contact can change "
			+ "saved configurations.";

	static final String ORDERED_REASON = "This configuration has been ordered: it is kept as the record of the order "
			+ "and can no longer be changed.";

	static final String EMPTY_REASON = "Add at least one port or VXC first.";

	/** The most existing ports offered as VXC ends in one list. */
	private static final int MAX_PORT_CHOICES = 500;

	private final SavedConfigurationRepository configurations;

	private final ConfigurationItemRepository items;

	private final PortVlanRepository portVlans;

	private final Catalog catalog;

	private final BillingMarkets billing;

	private final OrderGate gate;

	private final ObjectProvider<ForeignPorts> foreignPorts;

	private final Clock clock;

	ConfigurationService(SavedConfigurationRepository configurations, ConfigurationItemRepository items,
			PortVlanRepository portVlans, Catalog catalog, BillingMarkets billing, OrderGate gate,
			ObjectProvider<ForeignPorts> foreignPorts, Clock clock) {
		this.configurations = configurations;
		this.foreignPorts = foreignPorts;
		this.items = items;
		this.portVlans = portVlans;
		this.catalog = catalog;
		this.billing = billing;
		this.gate = gate;
		this.clock = clock;
	}

	/** One page of the company's configurations, most recently changed first. */
	public Page<ConfigurationRow> list(CurrentUser actor, Pageable pageable) {
		Forbidden.unless(!actor.isOperatorStaff(), OPERATOR_REASON);
		Page<SavedConfiguration> page = this.configurations.findByCompanyIdOrderByUpdatedAtDescIdDesc(actor.companyId(),
				pageable);
		Map<Long, List<ConfigurationItem>> byConfiguration = page.isEmpty() ? Map.of()
				: this.items.findByConfigurationIdInOrderByIdAsc(page.map(SavedConfiguration::id).toList())
					.stream()
					.collect(Collectors.groupingBy(ConfigurationItem::configurationId));
		ConfigurationItemPrices prices = prices(actor.companyId());
		return page.map((configuration) -> {
			List<ConfigurationItem> its = byConfiguration.getOrDefault(configuration.id(), List.of());
			return new ConfigurationRow(configuration.id(), configuration.name(), its.size(), prices.total(its),
					configuration.orderedAt());
		});
	}

	/** Whether the user may create and change configurations. */
	public boolean canDesign(CurrentUser actor) {
		return !actor.isOperatorStaff() && OrderingPermissions.canDesign(actor);
	}

	public ConfigurationPage get(CurrentUser actor, long configurationId) {
		SavedConfiguration configuration = viewable(actor, configurationId);
		List<ConfigurationItem> its = this.items.findByConfigurationIdOrderByIdAsc(configurationId);
		ConfigurationItemPrices prices = prices(configuration.companyId());
		Map<PortRef, String> portNames = portNames(its);
		List<LocationSummary> locations = this.catalog.locations();
		Map<Long, LocationSummary> locationsById = locationsById(locations, its);
		List<ConfigurationItemView> views = its.stream()
			.map((item) -> view(item, its, prices, portNames, locationsById))
			.toList();
		boolean canDesign = canDesign(actor) && !configuration.isOrdered();
		OrderDecision order = this.gate.decide(actor, configuration.companyId());
		if (its.isEmpty()) {
			order = order.and(OrderDecision.Reason.of(EMPTY_REASON));
		}
		return new ConfigurationPage(configuration.id(), configuration.name(), configuration.orderedAt(), views,
				prices.total(its), canDesign, order, locations,
				canDesign ? portChoices(configuration.companyId(), its, locationsById) : List.of());
	}

	/** One item, to edit or remove it. */
	public ConfigurationItemDetails item(CurrentUser actor, long configurationId, long itemId) {
		ConfigurationPage page = get(actor, configurationId);
		ConfigurationItem item = findItem(configurationId, itemId);
		ConfigurationItemView view = page.items()
			.stream()
			.filter((candidate) -> candidate.id() == itemId)
			.findFirst()
			.orElseThrow();
		if (item.isPort()) {
			List<String> vxcs = this.items.findByConfigurationIdOrderByIdAsc(configurationId)
				.stream()
				.filter((other) -> other.endsOn(item.asPortRef()))
				.map(ConfigurationItem::name)
				.toList();
			return new ConfigurationItemDetails(view, new PortDesign(item.name(), item.locationId(),
					PortSpeed.ofGbps(item.speedGbps()), Term.ofMonths(item.termMonths())), null, vxcs);
		}
		return new ConfigurationItemDetails(view, null, new VxcDesign(item.name(), item.aEnd().value(),
				item.bEnd().value(), item.rateLimitMbps(), item.aVlan(), item.bVlan()), List.of());
	}

	@Transactional
	public long create(CurrentUser actor, String name) {
		Forbidden.unless(!actor.isOperatorStaff(), OPERATOR_REASON);
		Forbidden.unless(OrderingPermissions.canDesign(actor), DESIGN_REASON);
		String checked = checkName(actor.companyId(), name, 0);
		try {
			return this.configurations
				.saveAndFlush(new SavedConfiguration(actor.companyId(), checked, actor.id(), this.clock.instant()))
				.id();
		}
		catch (DataIntegrityViolationException ex) {
			throw nameTaken(checked);
		}
	}

	@Transactional
	public void rename(CurrentUser actor, long configurationId, String name) {
		SavedConfiguration configuration = editable(actor, configurationId);
		String checked = checkName(configuration.companyId(), name, configurationId);
		configuration.rename(checked, this.clock.instant());
		try {
			this.configurations.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw nameTaken(checked);
		}
	}

	@Transactional
	public long addPort(CurrentUser actor, long configurationId, PortDesign design) {
		SavedConfiguration configuration = editable(actor, configurationId);
		checkPort(design, null, List.of());
		configuration.touch(this.clock.instant());
		return this.items.save(ConfigurationItem.port(configurationId, design, this.clock.instant())).id();
	}

	@Transactional
	public void updatePort(CurrentUser actor, long configurationId, long itemId, PortDesign design) {
		SavedConfiguration configuration = editable(actor, configurationId);
		ConfigurationItem item = findItem(configurationId, itemId);
		if (!item.isPort()) {
			throw new NotFoundException("Port");
		}
		checkPort(design, item, this.items.findByConfigurationIdOrderByIdAsc(configurationId));
		item.update(design);
		configuration.touch(this.clock.instant());
	}

	@Transactional
	public long addVxc(CurrentUser actor, long configurationId, VxcDesign design) {
		SavedConfiguration configuration = editable(actor, configurationId);
		List<ConfigurationItem> its = this.items.findByConfigurationIdOrderByIdAsc(configurationId);
		PortRef[] ends = checkVxc(configuration.companyId(), its, design, null);
		configuration.touch(this.clock.instant());
		return this.items.save(ConfigurationItem.vxc(configurationId, design, ends[0], ends[1], this.clock.instant()))
			.id();
	}

	@Transactional
	public void updateVxc(CurrentUser actor, long configurationId, long itemId, VxcDesign design) {
		SavedConfiguration configuration = editable(actor, configurationId);
		ConfigurationItem item = findItem(configurationId, itemId);
		if (item.isPort()) {
			throw new NotFoundException("VXC");
		}
		List<ConfigurationItem> its = this.items.findByConfigurationIdOrderByIdAsc(configurationId);
		if (design.serviceKey() == null && item.serviceKey() != null && item.bEnd().value().equals(design.bEnd())) {
			// the B-end stays the one the service key opened
			design = new VxcDesign(design.name(), design.aEnd(), design.bEnd(), design.rateLimitMbps(), design.aVlan(),
					design.bVlan(), item.serviceKey());
		}
		PortRef[] ends = checkVxc(configuration.companyId(), its, design, item);
		item.update(design, ends[0], ends[1]);
		configuration.touch(this.clock.instant());
	}

	/**
	 * Removes an item; a port takes the VXC items that end on it along.
	 * @return the names of the items removed, the item's own first
	 */
	@Transactional
	public List<String> remove(CurrentUser actor, long configurationId, long itemId) {
		SavedConfiguration configuration = editable(actor, configurationId);
		ConfigurationItem item = findItem(configurationId, itemId);
		List<ConfigurationItem> removed = new ArrayList<>();
		if (item.isPort()) {
			this.items.findByConfigurationIdOrderByIdAsc(configurationId)
				.stream()
				.filter((other) -> other.endsOn(item.asPortRef()))
				.forEach(removed::add);
		}
		removed.add(0, item);
		this.items.deleteAll(removed.subList(1, removed.size()));
		this.items.flush();
		this.items.delete(item);
		configuration.touch(this.clock.instant());
		return removed.stream().map(ConfigurationItem::name).toList();
	}

	ConfigurationItemPrices prices(long companyId) {
		String currency = this.billing.primaryMarketOf(companyId)
			.map(PrimaryBillingMarket::currency)
			.orElse(Catalog.DEFAULT_CURRENCY);
		return new ConfigurationItemPrices(this.catalog, currency);
	}

	/**
	 * Checks a VXC against the rules of §5, the same when it is designed and when it is
	 * ordered.
	 * @return its A-end and B-end
	 * @throws InvalidInputException for each field that breaks a rule
	 */
	PortRef[] checkVxc(long companyId, List<ConfigurationItem> its, VxcDesign design, ConfigurationItem self) {
		Map<String, String> errors = new LinkedHashMap<>();
		checkName(errors, "vxcName", design.name());
		ServiceKeyGrant grant = null;
		if (design.serviceKey() != null) {
			try {
				grant = checkServiceKey(design.serviceKey(), design.rateLimitMbps());
			}
			catch (InvalidInputException ex) {
				errors.putAll(ex.fieldErrors());
			}
		}
		if (grant != null && grant.fixedVlan() != null && !grant.fixedVlan().equals(design.bVlan())) {
			errors.put("bVlan", "This service key sets the B-end VLAN to " + grant.fixedVlan() + ".");
		}
		Map<PortRef, Port> ports = ports(companyId, its, design, grant);
		PortRef aEnd = PortRef.parse(design.aEnd());
		PortRef bEnd = PortRef.parse(design.bEnd());
		if (aEnd == null || !ports.containsKey(aEnd)) {
			errors.put("aEnd", "Choose the A-end port from the list.");
			aEnd = null;
		}
		if (bEnd == null || !ports.containsKey(bEnd)) {
			errors.putIfAbsent("bEnd", "Choose the B-end port from the list.");
			bEnd = null;
		}
		if (aEnd != null && aEnd.equals(bEnd)) {
			errors.put("bEnd", "The B-end must be a different port from the A-end.");
		}
		Integer rate = design.rateLimitMbps();
		if (rate == null || rate < 1) {
			errors.put("rateLimitMbps", "Enter a rate limit of at least 1 Mbps.");
		}
		else if (errors.containsKey("rateLimitMbps")) {
			// the service key's maximum
		}
		else if (aEnd != null && bEnd != null) {
			int max = Math.min(ports.get(aEnd).speedGbps(), ports.get(bEnd).speedGbps()) * 1000;
			if (rate > max) {
				errors.put("rateLimitMbps",
						String.format("The rate limit can be at most %,d Mbps, the speed of the smaller port.", max));
			}
		}
		else if (rate > Catalog.MAX_VXC_RATE_LIMIT_MBPS) {
			errors.put("rateLimitMbps",
					String.format("The rate limit can be at most %,d Mbps.", Catalog.MAX_VXC_RATE_LIMIT_MBPS));
		}
		checkVlan(errors, "aVlan", design.aVlan(), (aEnd != null) ? ports.get(aEnd) : null, its, self);
		if (bEnd != null && !bEnd.equals(aEnd)) {
			checkVlan(errors, "bVlan", design.bVlan(), ports.get(bEnd), its, self);
		}
		else {
			checkVlan(errors, "bVlan", design.bVlan(), null, its, self);
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return new PortRef[] { aEnd, bEnd };
	}

	private void checkVlan(Map<String, String> errors, String field, Integer vlan, Port port,
			List<ConfigurationItem> its, ConfigurationItem self) {
		if (vlan == null || vlan < 2 || vlan > 4093) {
			// the summary lists both ends' errors: say which
			errors.put(field, "Enter " + (field.equals("aVlan") ? "an A-end" : "a B-end") + " VLAN from 2 to 4093.");
			return;
		}
		if (port == null) {
			return;
		}
		boolean inUse = (port.ref().serviceId() != null
				&& this.portVlans.vlansOn(port.ref().serviceId()).contains(vlan))
				|| its.stream()
					.filter((other) -> self == null || !Objects.equals(other.id(), self.id()))
					.anyMatch((other) -> vlan.equals(other.vlanOn(port.ref())));
		if (inUse) {
			errors.put(field, "VLAN " + vlan + " is already in use on port " + port.name() + ".");
		}
	}

	private void checkPort(PortDesign design, ConfigurationItem self, List<ConfigurationItem> its) {
		Map<String, String> errors = new LinkedHashMap<>();
		checkName(errors, "portName", design.name());
		if (design.locationId() == null
				|| this.catalog.locations().stream().noneMatch((location) -> location.id() == design.locationId())) {
			errors.put("locationId", "Choose a location from the list.");
		}
		if (design.speed() == null) {
			errors.put("speed", "Choose a port speed.");
		}
		else if (self != null) {
			its.stream()
				.filter((other) -> other.endsOn(self.asPortRef()) && other.rateLimitMbps() > design.speed().mbps())
				.findFirst()
				.ifPresent((vxc) -> errors.put("speed", String.format(
						"VXC %s on this port has a rate limit of %,d Mbps: choose a faster speed or lower its rate limit first.",
						vxc.name(), vxc.rateLimitMbps())));
		}
		if (design.term() == null) {
			errors.put("term", "Choose a term.");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

	private static void checkName(Map<String, String> errors, String field, String name) {
		if (name == null || name.isBlank()) {
			errors.put(field, "Enter a name.");
		}
		else if (name.strip().length() > 100) {
			errors.put(field, "A name has at most 100 characters.");
		}
	}

	private String checkName(long companyId, String name, long exceptId) {
		Map<String, String> errors = new LinkedHashMap<>();
		checkName(errors, "name", name);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		if (this.configurations.nameTaken(companyId, name.strip(), exceptId)) {
			throw nameTaken(name.strip());
		}
		return name.strip();
	}

	private static InvalidInputException nameTaken(String name) {
		return InvalidInputException.of("name", "Your company already has a configuration named " + name + ".");
	}

	/** A port a VXC can end on. */
	record Port(PortRef ref, String name, int speedGbps) {
	}

	/**
	 * The ports the design may use: the configuration's port items and the company's own
	 * ports that are not ended among those it names; as its B-end, also another company's
	 * port that is not ended and that {@link ForeignPorts} opens to connection requests
	 * (none without an implementation).
	 */
	private Map<PortRef, Port> ports(long companyId, List<ConfigurationItem> its, VxcDesign design,
			ServiceKeyGrant grant) {
		Map<PortRef, Port> ports = new LinkedHashMap<>();
		its.stream()
			.filter(ConfigurationItem::isPort)
			.forEach((item) -> ports.put(item.asPortRef(), new Port(item.asPortRef(), item.name(), item.speedGbps())));
		Set<Long> serviceIds = new HashSet<>();
		for (String end : List.of(Objects.toString(design.aEnd(), ""), Objects.toString(design.bEnd(), ""))) {
			PortRef ref = PortRef.parse(end);
			if (ref != null && !ref.isItem()) {
				serviceIds.add(ref.serviceId());
			}
		}
		PortRef bEnd = PortRef.parse(design.bEnd());
		if (!serviceIds.isEmpty()) {
			this.items.servicesById(serviceIds)
				.stream()
				.filter((service) -> service.kind() == ServiceKind.PORT && service.state().isCancellable())
				.filter((service) -> service.companyId() == companyId || (PortRef.service(service.id()).equals(bEnd)
						&& ((grant != null && grant.portId() == service.id()) || acceptsConnections(service.id()))))
				.forEach((service) -> ports.put(PortRef.service(service.id()),
						new Port(PortRef.service(service.id()), service.name(), service.speedGbps())));
		}
		return ports;
	}

	/**
	 * The service key checked by the module that issues keys.
	 * @throws InvalidInputException when it refuses the key (unknown without one)
	 */
	ServiceKeyGrant checkServiceKey(String serviceKey, Integer rateLimitMbps) {
		ForeignPorts foreign = this.foreignPorts.getIfAvailable();
		if (foreign == null) {
			throw InvalidInputException.of("serviceKey", ForeignPorts.UNKNOWN_KEY);
		}
		return foreign.checkServiceKey(serviceKey, rateLimitMbps);
	}

	/** Uses the service key for a VXC being ordered (see {@link ForeignPorts}). */
	void useServiceKey(String serviceKey, ServiceKeyUse use) {
		ForeignPorts foreign = this.foreignPorts.getIfAvailable();
		if (foreign == null) {
			throw InvalidInputException.of("serviceKey", ForeignPorts.UNKNOWN_KEY);
		}
		foreign.useServiceKey(serviceKey, use);
	}

	private boolean acceptsConnections(long portId) {
		ForeignPorts foreign = this.foreignPorts.getIfAvailable();
		return foreign != null && foreign.acceptsConnections(portId);
	}

	private List<PortChoice> portChoices(long companyId, List<ConfigurationItem> its,
			Map<Long, LocationSummary> locations) {
		List<PortChoice> choices = new ArrayList<>();
		its.stream()
			.filter(ConfigurationItem::isPort)
			.forEach(
					(item) -> choices.add(new PortChoice(
							item.asPortRef().value(), item.name() + " · " + locationLabel(locations, item.locationId())
									+ " · " + item.speedGbps() + " Gbps (in this configuration)",
							item.speedGbps(), false)));
		List<Service> services = this.items.activePortsOf(companyId, PageRequest.of(0, MAX_PORT_CHOICES));
		Map<Long, LocationSummary> serviceLocations = locationsOf(services.stream().map(Service::locationId).toList(),
				locations);
		services.forEach((service) -> choices.add(new PortChoice(PortRef.service(service.id()).value(),
				service.name() + " · " + locationLabel(serviceLocations, service.locationId()) + " · "
						+ service.speedGbps() + " Gbps (" + service.state().label().toLowerCase() + ")",
				service.speedGbps(), false)));
		// other companies' ports that VXCs of this configuration end on (Marketplace
		// connections), while they still accept connections
		Set<Long> foreign = its.stream()
			.filter((item) -> !item.isPort() && !item.bEnd().isItem())
			.map((item) -> item.bEnd().serviceId())
			.collect(Collectors.toSet());
		if (!foreign.isEmpty()) {
			List<Service> others = this.items.servicesById(foreign)
				.stream()
				.filter((service) -> service.companyId() != companyId && service.state().isCancellable()
						&& acceptsConnections(service.id()))
				.toList();
			Map<Long, LocationSummary> otherLocations = locationsOf(others.stream().map(Service::locationId).toList(),
					locations);
			others.forEach((service) -> choices.add(new PortChoice(PortRef.service(service.id()).value(),
					service.name() + " · " + locationLabel(otherLocations, service.locationId()) + " · "
							+ service.speedGbps() + " Gbps (another company's port, needs its approval)",
					service.speedGbps(), true)));
		}
		return choices;
	}

	private Map<PortRef, String> portNames(List<ConfigurationItem> its) {
		Map<PortRef, String> names = new LinkedHashMap<>();
		its.stream().filter(ConfigurationItem::isPort).forEach((item) -> names.put(item.asPortRef(), item.name()));
		Set<Long> serviceIds = its.stream()
			.filter((item) -> !item.isPort())
			.flatMap((item) -> List.of(item.aEnd(), item.bEnd()).stream())
			.filter((ref) -> !ref.isItem())
			.map(PortRef::serviceId)
			.collect(Collectors.toSet());
		if (!serviceIds.isEmpty()) {
			this.items.servicesById(serviceIds)
				.forEach((service) -> names.put(PortRef.service(service.id()), service.name()));
		}
		return names;
	}

	private ConfigurationItemView view(ConfigurationItem item, List<ConfigurationItem> its,
			ConfigurationItemPrices prices, Map<PortRef, String> portNames, Map<Long, LocationSummary> locations) {
		if (item.isPort()) {
			int vxcs = (int) its.stream().filter((other) -> other.endsOn(item.asPortRef())).count();
			String details = locationLabel(locations, item.locationId()) + " · " + item.speedGbps() + " Gbps · "
					+ Term.ofMonths(item.termMonths()).label();
			return new ConfigurationItemView(item.id(), item.kind(), item.name(), details, prices.of(item), vxcs);
		}
		String details = String.format("%s (VLAN %d) → %s (VLAN %d) · %,d Mbps",
				portNames.getOrDefault(item.aEnd(), "?"), item.aVlan(), portNames.getOrDefault(item.bEnd(), "?"),
				item.bVlan(), item.rateLimitMbps());
		return new ConfigurationItemView(item.id(), item.kind(), item.name(), details, prices.of(item), 0);
	}

	/** The locations of the items, active or not (one lookup each for inactive ones). */
	private Map<Long, LocationSummary> locationsById(List<LocationSummary> active, List<ConfigurationItem> its) {
		return locationsOf(its.stream().filter(ConfigurationItem::isPort).map(ConfigurationItem::locationId).toList(),
				active.stream().collect(Collectors.toMap(LocationSummary::id, Function.identity())));
	}

	private Map<Long, LocationSummary> locationsOf(Collection<Long> ids, List<LocationSummary> active) {
		return locationsOf(ids, active.stream().collect(Collectors.toMap(LocationSummary::id, Function.identity())));
	}

	private Map<Long, LocationSummary> locationsOf(Collection<Long> ids, Map<Long, LocationSummary> known) {
		Map<Long, LocationSummary> all = new LinkedHashMap<>(known);
		ids.stream()
			.filter((id) -> id != null && !all.containsKey(id))
			.distinct()
			.forEach((id) -> this.catalog.location(id).ifPresent((location) -> all.put(id, location)));
		return all;
	}

	private static String locationLabel(Map<Long, LocationSummary> locations, Long id) {
		LocationSummary location = locations.get(id);
		return (location != null) ? location.label() : "Location " + id;
	}

	private SavedConfiguration viewable(CurrentUser actor, long configurationId) {
		Forbidden.unless(!actor.isOperatorStaff(), OPERATOR_REASON);
		return this.configurations.findByIdAndCompanyId(configurationId, actor.companyId())
			.orElseThrow(() -> new NotFoundException("Configuration"));
	}

	private SavedConfiguration editable(CurrentUser actor, long configurationId) {
		SavedConfiguration configuration = viewable(actor, configurationId);
		Forbidden.unless(OrderingPermissions.canDesign(actor), DESIGN_REASON);
		Forbidden.unless(!configuration.isOrdered(), ORDERED_REASON);
		return configuration;
	}

	private ConfigurationItem findItem(long configurationId, long itemId) {
		return this.items.findByIdAndConfigurationId(itemId, configurationId)
			.orElseThrow(() -> new NotFoundException("Item"));
	}

}
