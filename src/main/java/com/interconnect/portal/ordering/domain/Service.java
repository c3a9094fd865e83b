package com.interconnect.portal.ordering.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import com.interconnect.portal.ordering.ServiceKind;
import com.interconnect.portal.ordering.ServiceState;
import com.interconnect.portal.shared.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A port or a VXC a company has ordered. Its state changes only through the methods
 * below, which refuse a change the lifecycle of §5 does not allow.
 */
@Entity
class Service {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long companyId;

	private Long orderId;

	@Enumerated(EnumType.STRING)
	private ServiceKind kind;

	private String name;

	@Enumerated(EnumType.STRING)
	private ServiceState state;

	private Long locationId;

	private Integer speedGbps;

	private Integer termMonths;

	private Long aEndPortId;

	private Long bEndPortId;

	private Integer rateLimitMbps;

	/**
	 * A raise waiting for the B-end port's owner; the VXC keeps its rate limit until
	 * then.
	 */
	private Integer pendingRateLimitMbps;

	private Integer aVlan;

	private Integer bVlan;

	private BigDecimal monthlyPrice;

	private String currency;

	private Instant createdAt;

	private Instant nextStepAt;

	private Instant liveAt;

	private Instant endedAt;

	@Version
	private long version;

	protected Service() {
	}

	private Service(long companyId, Long orderId, ServiceKind kind, String name, Money monthlyPrice, Instant now) {
		this.companyId = companyId;
		this.orderId = orderId;
		this.kind = kind;
		this.name = name.strip();
		this.monthlyPrice = monthlyPrice.amount();
		this.currency = monthlyPrice.currency();
		this.createdAt = now;
	}

	/** A port just ordered: DEPLOYABLE, due to be configured after {@code step}. */
	static Service orderedPort(long companyId, Long orderId, String name, long locationId, int speedGbps,
			int termMonths, Money monthlyPrice, Instant now, Duration step) {
		Service port = new Service(companyId, orderId, ServiceKind.PORT, name, monthlyPrice, now);
		port.locationId = locationId;
		port.speedGbps = speedGbps;
		port.termMonths = termMonths;
		port.state = ServiceState.DEPLOYABLE;
		port.nextStepAt = now.plus(step);
		return port;
	}

	/**
	 * A VXC just ordered: DEPLOYABLE between two ports (due after {@code step}), or
	 * AWAITING_APPROVAL when its B-end belongs to another company that must accept it
	 * first.
	 */
	static Service orderedVxc(long companyId, Long orderId, String name, long aEndPortId, int aVlan, long bEndPortId,
			int bVlan, int rateLimitMbps, Money monthlyPrice, boolean needsApproval, Instant now, Duration step) {
		Service vxc = new Service(companyId, orderId, ServiceKind.VXC, name, monthlyPrice, now);
		vxc.aEndPortId = aEndPortId;
		vxc.aVlan = aVlan;
		vxc.bEndPortId = bEndPortId;
		vxc.bVlan = bVlan;
		vxc.rateLimitMbps = rateLimitMbps;
		vxc.state = needsApproval ? ServiceState.AWAITING_APPROVAL : ServiceState.DEPLOYABLE;
		vxc.nextStepAt = needsApproval ? null : now.plus(step);
		return vxc;
	}

	/**
	 * The provisioner's step: DEPLOYABLE → CONFIGURED (due again after {@code step}) →
	 * LIVE.
	 * @return the new state
	 */
	ServiceState advance(Instant now, Duration step) {
		switch (this.state) {
			case DEPLOYABLE -> {
				this.state = ServiceState.CONFIGURED;
				this.nextStepAt = now.plus(step);
			}
			case CONFIGURED -> {
				this.state = ServiceState.LIVE;
				this.liveAt = now;
				this.nextStepAt = null;
			}
			default -> throw new IllegalStateException(describe() + " is " + this.state.label() + ": nothing to do");
		}
		return this.state;
	}

	/**
	 * Waits for something else (a VXC for its ports to be LIVE) and tries again after
	 * {@code step}.
	 */
	void postpone(Instant now, Duration step) {
		this.nextStepAt = now.plus(step);
	}

	void cancel(Instant now) {
		if (!this.state.isCancellable()) {
			throw new IllegalStateException(describe() + " is " + this.state.label() + " and cannot be cancelled");
		}
		requireNoPendingRateLimit();
		this.state = ServiceState.CANCELLED;
		this.nextStepAt = null;
		this.endedAt = now;
	}

	/**
	 * A LIVE VXC runs at a new rate limit from now on, at its new monthly price (not
	 * while a raise waits: one change at a time).
	 */
	void changeRateLimit(int rateLimitMbps, Money monthlyPrice) {
		requireLiveVxc();
		requireNoPendingRateLimit();
		this.rateLimitMbps = rateLimitMbps;
		this.monthlyPrice = monthlyPrice.amount();
	}

	/**
	 * A raise waits for the B-end port's owner: the VXC keeps its rate limit until
	 * {@link #applyPendingRateLimit} (one change at a time).
	 */
	void requestRateLimit(int rateLimitMbps) {
		requireLiveVxc();
		requireNoPendingRateLimit();
		if (rateLimitMbps <= this.rateLimitMbps) {
			throw new IllegalArgumentException("Only a raise waits for approval");
		}
		this.pendingRateLimitMbps = rateLimitMbps;
	}

	/** The port's owner accepted the pending raise. */
	void applyPendingRateLimit(Money monthlyPrice) {
		int requested = requirePendingRateLimit();
		this.pendingRateLimitMbps = null;
		changeRateLimit(requested, monthlyPrice);
	}

	/** The pending raise was denied, withdrawn or expired: the VXC keeps its speed. */
	void dropPendingRateLimit() {
		requirePendingRateLimit();
		this.pendingRateLimitMbps = null;
	}

	private void requireNoPendingRateLimit() {
		if (this.pendingRateLimitMbps != null) {
			throw new IllegalStateException(describe() + " already has a speed change pending");
		}
	}

	private int requirePendingRateLimit() {
		if (this.pendingRateLimitMbps == null) {
			throw new IllegalStateException(describe() + " has no speed change pending");
		}
		return this.pendingRateLimitMbps;
	}

	private void requireLiveVxc() {
		if (isPort() || this.state != ServiceState.LIVE) {
			throw new IllegalStateException(
					describe() + " is " + this.state.label() + ": only a LIVE VXC changes speed");
		}
	}

	/**
	 * The provider accepted the connection request: AWAITING_APPROVAL → DEPLOYABLE, due
	 * after {@code step}.
	 */
	void acceptConnection(Instant now, Duration step) {
		requireAwaitingApproval();
		this.state = ServiceState.DEPLOYABLE;
		this.nextStepAt = now.plus(step);
	}

	/**
	 * The connection request ended without being accepted: DENIED, EXPIRED or CANCELLED
	 * (withdrawn).
	 */
	void endConnection(ServiceState end, Instant now) {
		if (end != ServiceState.DENIED && end != ServiceState.EXPIRED && end != ServiceState.CANCELLED) {
			throw new IllegalArgumentException("A connection request ends DENIED, EXPIRED or CANCELLED, not " + end);
		}
		requireAwaitingApproval();
		this.state = end;
		this.nextStepAt = null;
		this.endedAt = now;
	}

	private void requireAwaitingApproval() {
		if (this.state != ServiceState.AWAITING_APPROVAL) {
			throw new IllegalStateException(describe() + " is " + this.state.label() + ", not awaiting approval");
		}
	}

	boolean isPort() {
		return this.kind == ServiceKind.PORT;
	}

	String describe() {
		return this.kind.label() + " " + this.name;
	}

	Long id() {
		return this.id;
	}

	long companyId() {
		return this.companyId;
	}

	ServiceKind kind() {
		return this.kind;
	}

	ServiceState state() {
		return this.state;
	}

	String name() {
		return this.name;
	}

	Long locationId() {
		return this.locationId;
	}

	Integer speedGbps() {
		return this.speedGbps;
	}

	Integer termMonths() {
		return this.termMonths;
	}

	Long aEndPortId() {
		return this.aEndPortId;
	}

	Long bEndPortId() {
		return this.bEndPortId;
	}

	Integer rateLimitMbps() {
		return this.rateLimitMbps;
	}

	Integer pendingRateLimitMbps() {
		return this.pendingRateLimitMbps;
	}

	String currency() {
		return this.currency;
	}

	Integer aVlan() {
		return this.aVlan;
	}

	Integer bVlan() {
		return this.bVlan;
	}

	Money monthlyPrice() {
		return Money.of(this.monthlyPrice, this.currency);
	}

	Long orderId() {
		return this.orderId;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant liveAt() {
		return this.liveAt;
	}

	Instant endedAt() {
		return this.endedAt;
	}

}
