package com.interconnect.portal.ordering.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.interconnect.portal.catalog.Catalog;
import com.interconnect.portal.catalog.LocationSummary;
import com.interconnect.portal.catalog.Term;
import com.interconnect.portal.ordering.Ordering;
import com.interconnect.portal.ordering.OrderingPermissions;
import com.interconnect.portal.ordering.PortSummary;
import com.interconnect.portal.ordering.ProvisioningProperties;
import com.interconnect.portal.ordering.ServiceCancelled;
import com.interconnect.portal.ordering.ServiceKind;
import com.interconnect.portal.ordering.ServiceState;
import com.interconnect.portal.shared.CappedPage;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Forbidden;
import com.interconnect.portal.shared.LikePattern;
import com.interconnect.portal.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.annotation.Transactional;

/**
 * A company's ports and VXCs (product.md §5): the Services page, one service's page and
 * cancelling, with the acting user's company and role checked here. A service of another
 * company is not found.
 */
@org.springframework.stereotype.Service
@Transactional(readOnly = true)
public class ServiceInventory implements Ordering {

	static final int PAGE_SIZE = 25;

	/** The most ports {@link #activePortsOf(long)} returns. */
	private static final int MAX_PORTS = 500;

	/** The VXCs a port's page lists; it tells how many there are in all. */
	static final int VXCS_SHOWN = 50;

	/** The VXCs a refused cancellation of a port names. */
	private static final int VXCS_NAMED = 5;

	static final String VIEW_REASON = "Services belong to customer companies: the operator's staff have none.";

	static final String CANCEL_REASON = "Only a Company Admin or Technical Admin can cancel services.";

	private static final Set<ServiceState> ENDED = Stream.of(ServiceState.values())
		.filter(ServiceState::isEnded)
		.collect(Collectors.toUnmodifiableSet());

	private final ServiceRepository services;

	private final ServiceEventRepository events;

	private final PortVlanRepository portVlans;

	private final ServiceHistory history;

	private final Catalog catalog;

	private final ApplicationEventPublisher publisher;

	private final ConfigurationItemRepository items;

	private final ProvisioningProperties provisioning;

	private final SpeedChangeService speedChanges;

	private final Clock clock;

	ServiceInventory(ServiceRepository services, ServiceEventRepository events, PortVlanRepository portVlans,
			ServiceHistory history, Catalog catalog, ApplicationEventPublisher publisher,
			ConfigurationItemRepository items, ProvisioningProperties provisioning, SpeedChangeService speedChanges,
			Clock clock) {
		this.items = items;
		this.speedChanges = speedChanges;
		this.provisioning = provisioning;
		this.services = services;
		this.events = events;
		this.portVlans = portVlans;
		this.history = history;
		this.catalog = catalog;
		this.publisher = publisher;
		this.clock = clock;
	}

	@Override
	public boolean hasProvisionedServices(long companyId) {
		return this.services.hasReachedLive(companyId);
	}

	@Override
	public Map<Long, PortSummary> ports(Collection<Long> portIds) {
		if (portIds.isEmpty()) {
			return Map.of();
		}
		List<Service> ports = this.items.servicesById(Set.copyOf(portIds)).stream().filter(Service::isPort).toList();
		Map<Long, LocationSummary> locations = locationsOf(ports);
		return ports.stream()
			.collect(Collectors.toMap(Service::id, (port) -> summary(port, locations.get(port.locationId()))));
	}

	@Override
	public List<PortSummary> activePortsOf(long companyId) {
		List<Service> ports = this.items.activePortsOf(companyId, PageRequest.of(0, MAX_PORTS));
		Map<Long, LocationSummary> locations = locationsOf(ports);
		return ports.stream().map((port) -> summary(port, locations.get(port.locationId()))).toList();
	}

	private static PortSummary summary(Service port, LocationSummary location) {
		return new PortSummary(port.id(), port.companyId(), port.name(), port.state(), port.speedGbps(), location);
	}

	@Override
	@Transactional
	public void acceptConnection(long vxcId, String actorName) {
		Service vxc = this.services.lockById(vxcId).orElseThrow(() -> new NotFoundException("VXC"));
		vxc.acceptConnection(this.clock.instant(), this.provisioning.stepDelay());
		this.history.record(vxc, "Accepted by " + actorName + " of the port's owner", actorName);
	}

	@Override
	@Transactional
	public void endConnection(long vxcId, ServiceState end, String note, String actorName) {
		Service vxc = this.services.lockById(vxcId).orElseThrow(() -> new NotFoundException("VXC"));
		vxc.endConnection(end, this.clock.instant());
		this.portVlans.release(vxcId);
		this.history.record(vxc, note, actorName);
	}

	@Override
	public void acceptSpeedChange(long vxcId, String actorName) {
		this.speedChanges.accept(vxcId, actorName);
	}

	@Override
	public void dropSpeedChange(long vxcId, String note, String actorName) {
		this.speedChanges.drop(vxcId, note, actorName);
	}

	/**
	 * One page of the company's services, newest first, whose name contains {@code query}
	 * (case-insensitive), in {@code state} when one is given.
	 */
	public Page<ServiceRow> page(CurrentUser actor, String query, ServiceState state, int pageNumber) {
		Forbidden.unless(OrderingPermissions.canViewServices(actor), VIEW_REASON);
		Pageable pageable = PageRequest.of(Math.max(pageNumber, 0), PAGE_SIZE);
		long companyId = actor.companyId();
		String pattern = (query != null && !query.isBlank()) ? LikePattern.containing(query) : null;
		long limit = CappedPage.countLimit(pageable);
		Page<Service> found;
		if (pattern != null) {
			found = (state != null)
					? CappedPage.of(this.services.searchByNameInState(companyId, pattern, state, pageable), pageable,
							this.services.countByNameInStateUpTo(companyId, pattern, state.name(), limit))
					: CappedPage.of(this.services.searchByName(companyId, pattern, pageable), pageable,
							this.services.countByNameUpTo(companyId, pattern, limit));
		}
		else {
			found = (state != null)
					? CappedPage.of(
							this.services.pageInStateOf(companyId, state.name(), pageable.getOffset(), PAGE_SIZE),
							pageable, this.services.countInStateUpTo(companyId, state.name(), limit))
					: CappedPage.of(this.services.pageOf(companyId, pageable.getOffset(), PAGE_SIZE), pageable,
							this.services.countUpTo(companyId, limit));
		}
		Map<Long, LocationSummary> locations = locationsOf(found.getContent());
		Map<Long, String> portNames = portNamesOf(found.getContent());
		return found.map((service) -> new ServiceRow(service.id(), service.name(), service.kind(), service.state(),
				service.isPort() ? label(locations.get(service.locationId()))
						: portNames.get(service.aEndPortId()) + " → " + portNames.get(service.bEndPortId()),
				speedOf(service), service.monthlyPrice(), service.createdAt()));
	}

	/** The company's service with its VXCs (for a port) and its history. */
	public ServiceView service(CurrentUser actor, long serviceId) {
		Forbidden.unless(OrderingPermissions.canViewServices(actor), VIEW_REASON);
		Service service = this.services.findByIdAndCompanyId(serviceId, actor.companyId())
			.orElseThrow(() -> new NotFoundException("Service"));
		List<ServiceEventView> steps = this.events.findByServiceIdOrderByAtAscIdAsc(serviceId)
			.stream()
			.map((event) -> new ServiceEventView(event.state(), event.note(), event.actorName(), event.at()))
			.toList();
		boolean canCancel = OrderingPermissions.canCancel(actor) && service.state().isCancellable();
		if (service.isPort()) {
			LocationSummary location = this.catalog.location(service.locationId()).orElse(null);
			return new ServiceView(service.id(), service.kind(), service.name(), service.state(), location,
					speedOf(service), Term.ofMonths(service.termMonths()).label(), null, null, service.monthlyPrice(),
					service.orderId(), service.createdAt(), service.liveAt(), service.endedAt(),
					vxcsOn(service, actor.companyId()), steps, canCancel, null);
		}
		Map<Long, Service> ports = byId(this.services.findAllById(List.of(service.aEndPortId(), service.bEndPortId())));
		SpeedView speed = new SpeedView(service.rateLimitMbps(), SpeedChangeService.maxRateLimitMbps(ports.values()),
				service.pendingRateLimitMbps(), ports.get(service.bEndPortId()).companyId() != service.companyId(),
				OrderingPermissions.canChangeSpeed(actor) && service.state() == ServiceState.LIVE);
		return new ServiceView(service.id(), service.kind(), service.name(), service.state(), null, speedOf(service),
				null, end(ports.get(service.aEndPortId()), service.aVlan(), actor.companyId()),
				end(ports.get(service.bEndPortId()), service.bVlan(), actor.companyId()), service.monthlyPrice(),
				service.orderId(), service.createdAt(), service.liveAt(), service.endedAt(), Page.empty(), steps,
				canCancel, speed);
	}

	/**
	 * Whether the actor may cancel this service at all: 404 for another company's, 403
	 * for a role that may not. Asked before "Yes, cancel this service" is looked at, so
	 * that the answer to a request without the tick tells nobody else anything.
	 */
	public void requireMayCancel(CurrentUser actor, long serviceId) {
		Forbidden.unless(OrderingPermissions.canViewServices(actor), VIEW_REASON);
		this.services.findByIdAndCompanyId(serviceId, actor.companyId())
			.orElseThrow(() -> new NotFoundException("Service"));
		Forbidden.unless(OrderingPermissions.canCancel(actor), CANCEL_REASON);
	}

	/**
	 * Cancels the company's service: a VXC frees its VLANs; a port is refused while VXCs
	 * that have not ended use it.
	 * @throws ServiceCancelRefusedException when the rules refuse it (nothing changes)
	 */
	@Transactional
	public ServiceCancelled cancel(CurrentUser actor, long serviceId) {
		Forbidden.unless(OrderingPermissions.canViewServices(actor), VIEW_REASON);
		Service service = this.services.lockByIdAndCompanyId(serviceId, actor.companyId())
			.orElseThrow(() -> new NotFoundException("Service"));
		Forbidden.unless(OrderingPermissions.canCancel(actor), CANCEL_REASON);
		if (!service.state().isCancellable()) {
			throw new ServiceCancelRefusedException(service.describe() + " is "
					+ service.state().label().toLowerCase(Locale.ROOT) + " and cannot be cancelled.");
		}
		if (service.pendingRateLimitMbps() != null) {
			// refused rather than withdrawn here: the provider may be deciding it at this
			// moment
			throw new ServiceCancelRefusedException(String.format(Locale.ROOT,
					"%s has a speed change to %,d Mbps waiting for the port owner's approval. Withdraw it on the "
							+ "Approvals page first, then cancel.",
					service.describe(), service.pendingRateLimitMbps()));
		}
		if (service.isPort()) {
			Page<Service> inUse = this.services.findVxcsOnNotIn(serviceId, ENDED, PageRequest.of(0, VXCS_NAMED));
			if (!inUse.isEmpty()) {
				throw new ServiceCancelRefusedException(inUseMessage(service, inUse));
			}
		}
		Instant now = this.clock.instant();
		service.cancel(now);
		if (!service.isPort()) {
			this.portVlans.release(serviceId);
		}
		this.history.record(service, "Cancelled by " + actor.fullName(), actor.fullName());
		ServiceCancelled cancelled = new ServiceCancelled(service.id(), service.companyId(), service.kind(),
				service.name(), actor.fullName(), actor.id(), now);
		this.publisher.publishEvent(cancelled);
		return cancelled;
	}

	private static String inUseMessage(Service port, Page<Service> inUse) {
		long total = inUse.getTotalElements();
		String names = inUse.stream().map(Service::name).collect(Collectors.joining(", "));
		long more = total - inUse.getNumberOfElements();
		return port.describe() + " still has " + total + ((total == 1) ? " VXC that has" : " VXCs that have")
				+ " not ended. Cancel its VXCs first: " + names + ((more > 0) ? " and " + more + " more" : "") + ".";
	}

	private Page<ServiceVxcRow> vxcsOn(Service port, long companyId) {
		Page<Service> vxcs = this.services.findVxcsOn(port.id(), PageRequest.of(0, VXCS_SHOWN));
		Map<Long, String> portNames = portNamesOf(vxcs.getContent());
		return vxcs.map((vxc) -> {
			boolean aEnd = port.id().equals(vxc.aEndPortId());
			return new ServiceVxcRow(vxc.id(), vxc.name(), vxc.state(),
					portNames.get(aEnd ? vxc.bEndPortId() : vxc.aEndPortId()), aEnd ? vxc.aVlan() : vxc.bVlan(),
					speedOf(vxc), vxc.companyId() == companyId);
		});
	}

	private static ServiceEndView end(Service port, int vlan, long companyId) {
		return new ServiceEndView(port.id(), port.name(), vlan, port.companyId() == companyId);
	}

	/** The locations of the ports among {@code services}, by id, in one lookup. */
	private Map<Long, LocationSummary> locationsOf(Collection<Service> services) {
		Set<Long> ids = services.stream().map(Service::locationId).filter(Objects::nonNull).collect(Collectors.toSet());
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, LocationSummary> locations = new HashMap<>();
		this.catalog.locations()
			.stream()
			.filter((location) -> ids.contains(location.id()))
			.forEach((location) -> locations.put(location.id(), location));
		// a location no longer offered is still where the port is
		ids.stream()
			.filter((id) -> !locations.containsKey(id))
			.forEach((id) -> this.catalog.location(id).ifPresent((location) -> locations.put(id, location)));
		return locations;
	}

	/** The names of the ports at the ends of the VXCs among {@code services}, by id. */
	private Map<Long, String> portNamesOf(Collection<Service> services) {
		Set<Long> ids = services.stream()
			.flatMap((service) -> Stream.of(service.aEndPortId(), service.bEndPortId()))
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.services.findAllById(ids).stream().collect(Collectors.toMap(Service::id, Service::name));
	}

	private static Map<Long, Service> byId(List<Service> services) {
		return services.stream().collect(Collectors.toMap(Service::id, (service) -> service));
	}

	private static String label(LocationSummary location) {
		return (location != null) ? location.label() : "—";
	}

	/** A port's speed ({@code 10 Gbps}) or a VXC's rate limit ({@code 500 Mbps}). */
	static String speedOf(Service service) {
		return service.isPort() ? service.speedGbps() + " Gbps"
				: String.format(Locale.ROOT, "%,d Mbps", service.rateLimitMbps());
	}

}
