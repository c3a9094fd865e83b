package com.interconnect.portal.ordering.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.interconnect.portal.catalog.Catalog;
import com.interconnect.portal.catalog.LocationSummary;
import com.interconnect.portal.ordering.ConnectionDesigns;
import com.interconnect.portal.ordering.OrderingPermissions;
import com.interconnect.portal.ordering.PortSummary;
import com.interconnect.portal.ordering.ServiceKeyGrant;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Forbidden;
import com.interconnect.portal.shared.InvalidInputException;
import com.interconnect.portal.shared.LikePattern;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A VXC to a port chosen in the Marketplace, designed into a saved configuration with the
 * same rules as any VXC ({@link ConfigurationService#addVxc}): the B-end is accepted only
 * while its owner opens it to connection requests. The A-end is one of the company's
 * ports, or a port item of a configuration not ordered yet: then the VXC goes into that
 * configuration, as a VXC can only join ports it knows.
 */
@Component
@Transactional(readOnly = true)
class ConnectionDesignService implements ConnectionDesigns {

	/** The most configurations (and so port items) offered. */
	private static final int MAX_CONFIGURATIONS = 100;

	private final ConfigurationService configurations;

	private final SavedConfigurationRepository saved;

	private final ConfigurationItemRepository items;

	private final ServiceInventory inventory;

	private final Catalog catalog;

	private final OrderService orders;

	ConnectionDesignService(ConfigurationService configurations, SavedConfigurationRepository saved,
			ConfigurationItemRepository items, ServiceInventory inventory, Catalog catalog, OrderService orders) {
		this.orders = orders;
		this.configurations = configurations;
		this.saved = saved;
		this.items = items;
		this.inventory = inventory;
		this.catalog = catalog;
	}

	@Override
	public ConnectionChoices choices(CurrentUser actor, String newConfigurationName) {
		checkDesigner(actor);
		List<Choice> aEnds = new ArrayList<>();
		for (PortSummary port : this.inventory.activePortsOf(actor.companyId())) {
			aEnds.add(new Choice(PortRef.service(port.id()).value(), port.name() + " · " + port.locationLabel() + " · "
					+ port.speedGbps() + " Gbps (" + port.state().label().toLowerCase() + ")"));
		}
		List<SavedConfiguration> drafts = drafts(actor.companyId());
		Map<Long, String> names = drafts.stream()
			.collect(Collectors.toMap(SavedConfiguration::id, SavedConfiguration::name));
		if (!drafts.isEmpty()) {
			Map<Long, LocationSummary> locations = this.catalog.locations()
				.stream()
				.collect(Collectors.toMap(LocationSummary::id, Function.identity()));
			this.items.findByConfigurationIdInOrderByIdAsc(names.keySet())
				.stream()
				.filter(ConfigurationItem::isPort)
				.forEach((item) -> aEnds.add(new Choice(item.asPortRef().value(),
						item.name() + " · " + label(locations.get(item.locationId())) + " · " + item.speedGbps()
								+ " Gbps (in configuration " + names.get(item.configurationId()) + ")")));
		}
		List<Choice> configurations = drafts.stream()
			.map((configuration) -> new Choice(String.valueOf(configuration.id()), configuration.name()))
			.toList();
		return new ConnectionChoices(aEnds, configurations,
				unusedName(actor.companyId(), newConfigurationName.strip()));
	}

	/**
	 * The name, or the first of "name 2", "name 3"… that none of the company's
	 * configurations has (names are unique per company, whatever their case).
	 */
	private String unusedName(long companyId, String name) {
		Set<String> taken = new HashSet<>(this.saved.lowerCaseNamesLike(companyId, LikePattern.startingWith(name)));
		String candidate = name;
		for (int number = 2; taken.contains(candidate.toLowerCase(Locale.ROOT)); number++) {
			candidate = name + " " + number;
		}
		return candidate;
	}

	@Override
	@Transactional
	public long addConnection(CurrentUser actor, ConnectionDesign design) {
		checkDesigner(actor);
		PortRef aEnd = PortRef.parse(design.aEnd());
		Long configurationId = design.configurationId();
		if (aEnd != null && aEnd.isItem()) {
			ConfigurationItem item = this.items.findById(aEnd.itemId())
				.filter(ConfigurationItem::isPort)
				.filter((candidate) -> this.saved.findByIdAndCompanyId(candidate.configurationId(), actor.companyId())
					.filter((configuration) -> !configuration.isOrdered())
					.isPresent())
				.orElseThrow(() -> InvalidInputException.of("aEnd", "Choose the A-end port from the list."));
			if (configurationId != null && configurationId != item.configurationId()) {
				String name = this.saved.findById(item.configurationId()).map(SavedConfiguration::name).orElse("");
				throw InvalidInputException.of("configurationId", "Port " + item.name() + " is in configuration " + name
						+ ": add the VXC to that configuration.");
			}
			configurationId = item.configurationId();
		}
		// a missing A-end is reported with the design's other errors, by the
		// configuration's rules
		if (configurationId == null) {
			try {
				configurationId = this.configurations.create(actor, design.configurationName());
			}
			catch (InvalidInputException ex) {
				Map<String, String> errors = new HashMap<>();
				ex.fieldErrors().forEach((field, message) -> errors.put("configurationName", message));
				throw new InvalidInputException(errors);
			}
		}
		else if (this.saved.findByIdAndCompanyId(configurationId, actor.companyId())
			.filter((configuration) -> !configuration.isOrdered())
			.isEmpty()) {
			throw InvalidInputException.of("configurationId", "Choose a saved configuration from the list.");
		}
		Map<String, String> errors = new LinkedHashMap<>();
		long bEndPortId = design.bEndPortId();
		Integer bVlan = design.bVlan();
		if (design.serviceKey() != null) {
			// the key's port is the B-end, with the VLAN a single-use key may fix
			ServiceKeyGrant grant = this.configurations.checkServiceKey(design.serviceKey(), design.rateLimitMbps());
			bEndPortId = grant.portId();
			bVlan = (grant.fixedVlan() != null) ? grant.fixedVlan() : bVlan;
		}
		try {
			this.configurations.addVxc(actor, configurationId,
					new VxcDesign(design.vxcName(), design.aEnd(), PortRef.service(bEndPortId).value(),
							design.rateLimitMbps(), design.aVlan(), bVlan, design.serviceKey()));
		}
		catch (InvalidInputException ex) {
			// the form names the VXC "vxcName" as the configuration page does
			ex.fieldErrors()
				.forEach((field, message) -> errors.putIfAbsent(Objects.equals(field, "bEnd") ? "aEnd" : field,
						message));
			throw new InvalidInputException(errors);
		}
		return configurationId;
	}

	@Override
	@Transactional
	public long placeOrder(CurrentUser actor, long configurationId) {
		return this.orders.place(actor, configurationId).orderId();
	}

	private List<SavedConfiguration> drafts(long companyId) {
		return this.saved.findByCompanyIdAndOrderedAtIsNullOrderByUpdatedAtDescIdDesc(companyId,
				PageRequest.of(0, MAX_CONFIGURATIONS));
	}

	private static void checkDesigner(CurrentUser actor) {
		Forbidden.unless(!actor.isOperatorStaff(), ConfigurationService.OPERATOR_REASON);
		Forbidden.unless(OrderingPermissions.canDesign(actor), ConfigurationService.DESIGN_REASON);
	}

	private static String label(LocationSummary location) {
		return (location != null) ? location.label() : "—";
	}

}
