package com.interconnect.portal.ordering.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.interconnect.portal.ordering.ConnectionRequested;
import com.interconnect.portal.ordering.OrderPlaced;
import com.interconnect.portal.ordering.ProvisioningProperties;
import com.interconnect.portal.ordering.ServiceKeyUse;
import com.interconnect.portal.ordering.OrderingPermissions;
import com.interconnect.portal.ordering.ServiceState;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Forbidden;
import com.interconnect.portal.shared.InvalidInputException;
import com.interconnect.portal.shared.Money;
import com.interconnect.portal.shared.NotFoundException;
import jakarta.persistence.EntityManager;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a saved configuration into services (product.md §5), in one transaction: the
 * configuration is locked so that it is ordered once however often the button is pressed,
 * the order gate decides, and every item becomes a DEPLOYABLE service that the
 * provisioner moves on.
 */
@Component
public class OrderService {

	private final SavedConfigurationRepository configurations;

	private final ConfigurationItemRepository items;

	private final ConfigurationService designs;

	private final ServiceOrderRepository orders;

	private final ServiceRepository services;

	private final PortVlanRepository portVlans;

	private final ServiceHistory history;

	private final OrderGate gate;

	private final ProvisioningProperties provisioning;

	private final ApplicationEventPublisher events;

	private final EntityManager entityManager;

	private final Clock clock;

	OrderService(SavedConfigurationRepository configurations, ConfigurationItemRepository items,
			ConfigurationService designs, ServiceOrderRepository orders, ServiceRepository services,
			PortVlanRepository portVlans, ServiceHistory history, OrderGate gate, ProvisioningProperties provisioning,
			ApplicationEventPublisher events, EntityManager entityManager, Clock clock) {
		this.configurations = configurations;
		this.items = items;
		this.designs = designs;
		this.orders = orders;
		this.services = services;
		this.portVlans = portVlans;
		this.history = history;
		this.gate = gate;
		this.provisioning = provisioning;
		this.events = events;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/**
	 * Orders the configuration.
	 * @throws OrderRefusedException when the order gate refuses, the configuration is
	 * empty or already ordered
	 * @throws InvalidInputException when an item no longer meets the rules (a port ended,
	 * a VLAN taken meanwhile)
	 */
	@Transactional
	public OrderPlacement place(CurrentUser actor, long configurationId) {
		if (actor.isOperatorStaff()) {
			throw new NotFoundException("Configuration");
		}
		// the configuration page explains it beside the disabled button; a request anyway
		// is
		// refused as any other action of a role that may not
		Forbidden.unless(OrderingPermissions.canOrder(actor), OrderGate.ROLE_REASON);
		SavedConfiguration configuration = this.configurations.lockByIdAndCompanyId(configurationId, actor.companyId())
			.orElseThrow(() -> new NotFoundException("Configuration"));
		if (configuration.isOrdered()) {
			throw new OrderRefusedException(new OrderDecision(List.of(OrderDecision.Reason
				.of("This configuration has already been ordered; its services are on the " + "Services page."))));
		}
		long companyId = configuration.companyId();
		List<ConfigurationItem> its = this.items.findByConfigurationIdOrderByIdAsc(configurationId);
		// the existing ports the VXCs use stay as they are until this order commits: a
		// cancel of one waits, then
		// sees the new VXC (in id order, so two orders never deadlock)
		its.stream()
			.filter((item) -> !item.isPort())
			.flatMap((item) -> Stream.of(item.aEnd(), item.bEnd()))
			.filter((end) -> !end.isItem())
			.map(PortRef::serviceId)
			.distinct()
			.sorted()
			.forEach(this.services::lockById);
		OrderDecision decision = this.gate.decide(actor, companyId);
		if (its.isEmpty()) {
			decision = decision.and(OrderDecision.Reason.of(ConfigurationService.EMPTY_REASON));
		}
		if (!decision.isAllowed()) {
			throw new OrderRefusedException(decision);
		}
		for (ConfigurationItem item : its) {
			if (!item.isPort()) {
				this.designs.checkVxc(companyId, its, new VxcDesign(item.name(), item.aEnd().value(),
						item.bEnd().value(), item.rateLimitMbps(), item.aVlan(), item.bVlan(), item.serviceKey()),
						item);
			}
		}

		Instant now = this.clock.instant();
		ConfigurationItemPrices prices = this.designs.prices(companyId);
		Money total = prices.total(its);
		ServiceOrder order = this.orders.save(new ServiceOrder(companyId, configurationId, actor.id(), now, total));
		Map<Long, Long> portOfItem = new HashMap<>();
		List<Service> created = new ArrayList<>();
		for (ConfigurationItem item : its) {
			if (item.isPort()) {
				Service port = this.services
					.save(Service.orderedPort(companyId, order.id(), item.name(), item.locationId(), item.speedGbps(),
							item.termMonths(), prices.of(item), now, this.provisioning.stepDelay()));
				portOfItem.put(item.id(), port.id());
				created.add(port);
			}
		}
		List<ConnectionRequested> requests = new ArrayList<>();
		for (ConfigurationItem item : its) {
			if (!item.isPort()) {
				long aEnd = portId(item.aEnd(), portOfItem);
				long bEnd = portId(item.bEnd(), portOfItem);
				// a B-end of another company: the provider must accept the VXC first (§6)
				Long provider = item.bEnd().isItem() ? null
						: this.services.findById(bEnd)
							.map(Service::companyId)
							.filter((owner) -> owner != companyId)
							.orElse(null);
				// a pre-approved service key skips the provider's approval
				boolean preApproved = provider != null && item.serviceKey() != null
						&& this.designs.checkServiceKey(item.serviceKey(), item.rateLimitMbps()).preApproved();
				boolean needsApproval = provider != null && !preApproved;
				Service vxc = this.services
					.save(Service.orderedVxc(companyId, order.id(), item.name(), aEnd, item.aVlan(), bEnd, item.bVlan(),
							item.rateLimitMbps(), prices.of(item), needsApproval, now, this.provisioning.stepDelay()));
				if (item.serviceKey() != null) {
					this.designs.useServiceKey(item.serviceKey(), new ServiceKeyUse(vxc.id(), companyId,
							actor.fullName(), item.rateLimitMbps(), item.bVlan()));
				}
				useVlan(aEnd, item.aVlan(), vxc, "aVlan", created);
				useVlan(bEnd, item.bVlan(), vxc, "bVlan", created);
				created.add(vxc);
				if (needsApproval) {
					requests.add(new ConnectionRequested(vxc.id(), companyId, provider, aEnd, bEnd,
							item.rateLimitMbps(), item.aVlan(), item.bVlan(), actor.id(), actor.fullName(), now));
				}
			}
		}
		for (Service service : created) {
			String note = (service.state() == ServiceState.AWAITING_APPROVAL)
					? "Requested by " + actor.fullName() + ": awaiting the approval of the port's owner"
					: "Ordered by " + actor.fullName();
			this.history.record(service, note, actor.fullName());
		}
		requests.forEach(this.events::publishEvent);
		configuration.markOrdered(now);
		List<Long> serviceIds = created.stream().map(Service::id).toList();
		this.events.publishEvent(new OrderPlaced(order.id(), companyId, configuration.name(), actor.id(),
				actor.fullName(), serviceIds, total));
		return new OrderPlacement(order.id(), serviceIds, requests.size(), total);
	}

	private static long portId(PortRef end, Map<Long, Long> portOfItem) {
		return end.isItem() ? portOfItem.get(end.itemId()) : end.serviceId();
	}

	/**
	 * Takes the VLAN on the port for the VXC; the primary key of port_vlan refuses it
	 * when another order took it first, even at the same moment.
	 */
	private void useVlan(long portId, int vlan, Service vxc, String field, List<Service> created) {
		String port = created.stream()
			.filter((service) -> service.id() == portId)
			.findFirst()
			.or(() -> this.services.findById(portId))
			.map(Service::name)
			.orElse(String.valueOf(portId));
		InvalidInputException inUse = InvalidInputException.of(field,
				"VLAN " + vlan + " is already in use on port " + port + ".");
		if (this.portVlans.existsByPortIdAndVlan(portId, vlan)) {
			throw inUse;
		}
		this.entityManager.persist(new PortVlan(portId, vlan, vxc.id()));
		try {
			this.portVlans.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw inUse;
		}
	}

}
