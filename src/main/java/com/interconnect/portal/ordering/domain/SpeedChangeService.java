package com.interconnect.portal.ordering.domain;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.interconnect.portal.catalog.Catalog;
import com.interconnect.portal.ordering.OrderingPermissions;
import com.interconnect.portal.ordering.ServiceState;
import com.interconnect.portal.ordering.SpeedChangeRequested;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Forbidden;
import com.interconnect.portal.shared.InvalidInputException;
import com.interconnect.portal.shared.Money;
import com.interconnect.portal.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing the speed of a LIVE VXC (product.md §6). Lowering it, or raising it between
 * the company's own ports, applies at once at the price of the new rate limit. Raising a
 * VXC to another company's port asks that company ({@link SpeedChangeRequested}, which
 * the Marketplace turns into an approval); the VXC keeps its speed until the change is
 * accepted, and one change waits at a time. The VXC's row is locked first, so two changes
 * at once are taken one after the other.
 */
@org.springframework.stereotype.Service
@Transactional(readOnly = true)
public class SpeedChangeService {

	static final String CHANGE_REASON = "Only a Company Admin or Technical Admin can change a VXC's speed.";

	private static final String FIELD = "rateLimitMbps";

	private final ServiceRepository services;

	private final ServiceHistory history;

	private final Catalog catalog;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	SpeedChangeService(ServiceRepository services, ServiceHistory history, Catalog catalog,
			ApplicationEventPublisher publisher, Clock clock) {
		this.services = services;
		this.history = history;
		this.catalog = catalog;
		this.publisher = publisher;
		this.clock = clock;
	}

	/**
	 * Changes the company's LIVE VXC to {@code rateLimitMbps}, at once or once the B-end
	 * port's owner accepts.
	 * @throws InvalidInputException on {@code rateLimitMbps} when the rules refuse it
	 * (nothing changes)
	 */
	@Transactional
	public SpeedChange change(CurrentUser actor, long vxcId, Integer rateLimitMbps) {
		Forbidden.unless(OrderingPermissions.canViewServices(actor), ServiceInventory.VIEW_REASON);
		Service vxc = this.services.lockByIdAndCompanyId(vxcId, actor.companyId())
			.orElseThrow(() -> new NotFoundException("Service"));
		Forbidden.unless(OrderingPermissions.canChangeSpeed(actor), CHANGE_REASON);
		Map<Long, Service> ports = vxc.isPort() ? Map.of() : portsOf(vxc);
		int rate = checked(vxc, ports, rateLimitMbps);
		int from = vxc.rateLimitMbps();
		Money price = this.catalog.vxcPrice(rate, vxc.currency());
		boolean needsApproval = rate > from && ports.get(vxc.bEndPortId()).companyId() != vxc.companyId();
		if (needsApproval) {
			vxc.requestRateLimit(rate);
			this.history.record(vxc, String.format(Locale.ROOT,
					"Speed change from %,d to %,d Mbps requested: waiting for the port owner's approval", from, rate),
					actor.fullName());
			this.publisher.publishEvent(new SpeedChangeRequested(vxc.id(), vxc.companyId(),
					ports.get(vxc.bEndPortId()).companyId(), vxc.aEndPortId(), vxc.bEndPortId(), from, rate,
					vxc.aVlan(), vxc.bVlan(), actor.id(), actor.fullName(), this.clock.instant()));
		}
		else {
			vxc.changeRateLimit(rate, price);
			this.history.record(vxc, String.format(Locale.ROOT, "Speed %s from %,d to %,d Mbps",
					(rate > from) ? "raised" : "lowered", from, rate), actor.fullName());
		}
		return new SpeedChange(vxc.name(), from, rate, price, needsApproval);
	}

	/** See {@link com.interconnect.portal.ordering.Ordering#acceptSpeedChange}. */
	@Transactional
	void accept(long vxcId, String actorName) {
		Service vxc = this.services.lockById(vxcId).orElseThrow(() -> new NotFoundException("VXC"));
		int from = vxc.rateLimitMbps();
		Integer to = vxc.pendingRateLimitMbps();
		if (to == null) {
			throw new IllegalStateException(vxc.describe() + " has no speed change pending");
		}
		vxc.applyPendingRateLimit(this.catalog.vxcPrice(to, vxc.currency()));
		this.history.record(vxc, String.format(Locale.ROOT,
				"Speed raised from %,d to %,d Mbps: accepted by %s of " + "the port's owner", from, to, actorName),
				actorName);
	}

	/** See {@link com.interconnect.portal.ordering.Ordering#dropSpeedChange}. */
	@Transactional
	void drop(long vxcId, String note, String actorName) {
		Service vxc = this.services.lockById(vxcId).orElseThrow(() -> new NotFoundException("VXC"));
		vxc.dropPendingRateLimit();
		this.history.record(vxc, note, actorName);
	}

	/** The rate limit asked for, if the VXC may change to it. */
	private static int checked(Service vxc, Map<Long, Service> ports, Integer rate) {
		if (vxc.isPort()) {
			throw InvalidInputException.of(FIELD,
					"A port's speed is chosen when it is ordered: only a VXC's rate limit can be changed.");
		}
		if (vxc.state() != ServiceState.LIVE) {
			throw InvalidInputException.of(FIELD, "Only a LIVE VXC's speed can be changed: " + vxc.describe() + " is "
					+ vxc.state().label().toLowerCase(Locale.ROOT) + ".");
		}
		if (vxc.pendingRateLimitMbps() != null) {
			throw InvalidInputException.of(FIELD, String.format(Locale.ROOT,
					"A change to %,d Mbps is already waiting for the port owner's approval: wait for the decision, "
							+ "or withdraw it on the Approvals page, before asking for another.",
					vxc.pendingRateLimitMbps()));
		}
		int max = maxRateLimitMbps(ports.values());
		if (rate == null || rate < 1) {
			throw InvalidInputException.of(FIELD, "Enter a rate limit of at least 1 Mbps.");
		}
		if (rate > max) {
			throw InvalidInputException.of(FIELD, String.format(Locale.ROOT,
					"The rate limit can be at most %,d Mbps, the speed of the smaller port.", max));
		}
		if (rate.equals(vxc.rateLimitMbps())) {
			throw InvalidInputException.of(FIELD, String.format(Locale.ROOT,
					"The VXC already runs at %,d Mbps: enter a different rate limit.", rate));
		}
		return rate;
	}

	/** The most a VXC between {@code ports} can run at: the speed of the smaller one. */
	static int maxRateLimitMbps(Collection<Service> ports) {
		return ports.stream().mapToInt(Service::speedGbps).min().orElse(0) * 1000;
	}

	private Map<Long, Service> portsOf(Service vxc) {
		return this.services.findAllById(List.of(vxc.aEndPortId(), vxc.bEndPortId()))
			.stream()
			.collect(Collectors.toMap(Service::id, Function.identity()));
	}

}
