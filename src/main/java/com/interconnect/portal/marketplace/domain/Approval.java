package com.interconnect.portal.marketplace.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.interconnect.portal.marketplace.ApprovalStatus;
import com.interconnect.portal.marketplace.ApprovalType;
import com.interconnect.portal.ordering.ConnectionRequested;
import com.interconnect.portal.ordering.SpeedChangeRequested;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A request the provider decides (product.md §6). It is decided once: every transition
 * below refuses a request that is no longer PENDING, saying who decided it and when. The
 * caller holds the row's lock, and {@code @Version} guards the rest.
 */
@Entity
class Approval {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private ApprovalType type;

	@Enumerated(EnumType.STRING)
	private ApprovalStatus status;

	private long vxcId;

	private long customerCompanyId;

	private long providerCompanyId;

	private long aEndPortId;

	private long bEndPortId;

	private int rateLimitMbps;

	private Integer requestedRateLimitMbps;

	private int aVlan;

	private int bVlan;

	private long requestedBy;

	private String requestedByName;

	private Instant requestedAt;

	private Instant expiresAt;

	private Instant remindedAt;

	private Long decidedByUserId;

	private String decidedByName;

	private Instant decidedAt;

	private String comment;

	@Version
	private long version;

	protected Approval() {
	}

	/** A new connection request, pending until {@code expiresAt}. */
	static Approval newOrder(ConnectionRequested request, Instant expiresAt) {
		return new Approval(ApprovalType.NEW_ORDER, request.vxcId(), request.customerCompanyId(),
				request.providerCompanyId(), request.aEndPortId(), request.bEndPortId(), request.rateLimitMbps(), null,
				request.aVlan(), request.bVlan(), request.requestedById(), request.requestedByName(),
				request.requestedAt(), expiresAt);
	}

	/**
	 * A raise of a LIVE VXC's rate limit, pending until {@code expiresAt}; the VXC keeps
	 * {@code rateLimitMbps} until it is accepted.
	 */
	static Approval speedChange(SpeedChangeRequested request, Instant expiresAt) {
		return new Approval(ApprovalType.SPEED_CHANGE, request.vxcId(), request.customerCompanyId(),
				request.providerCompanyId(), request.aEndPortId(), request.bEndPortId(), request.rateLimitMbps(),
				request.requestedRateLimitMbps(), request.aVlan(), request.bVlan(), request.requestedById(),
				request.requestedByName(), request.requestedAt(), expiresAt);
	}

	private Approval(ApprovalType type, long vxcId, long customerCompanyId, long providerCompanyId, long aEndPortId,
			long bEndPortId, int rateLimitMbps, Integer requestedRateLimitMbps, int aVlan, int bVlan, long requestedBy,
			String requestedByName, Instant requestedAt, Instant expiresAt) {
		this.type = type;
		this.status = ApprovalStatus.PENDING;
		this.vxcId = vxcId;
		this.customerCompanyId = customerCompanyId;
		this.providerCompanyId = providerCompanyId;
		this.aEndPortId = aEndPortId;
		this.bEndPortId = bEndPortId;
		this.rateLimitMbps = rateLimitMbps;
		this.requestedRateLimitMbps = requestedRateLimitMbps;
		this.aVlan = aVlan;
		this.bVlan = bVlan;
		this.requestedBy = requestedBy;
		this.requestedByName = requestedByName;
		this.requestedAt = requestedAt;
		this.expiresAt = expiresAt;
	}

	void accept(long userId, String name, Instant now) {
		decide(ApprovalStatus.APPROVED, userId, name, now, null);
	}

	void reject(long userId, String name, Instant now, String reason) {
		decide(ApprovalStatus.REJECTED, userId, name, now,
				(reason == null || reason.isBlank()) ? null : reason.strip());
	}

	void withdraw(long userId, String name, Instant now) {
		decide(ApprovalStatus.WITHDRAWN, userId, name, now, null);
	}

	void expire(Instant now) {
		decide(ApprovalStatus.EXPIRED, null, null, now, null);
	}

	/** The provider was reminded that the request expires soon. */
	void remind(Instant now) {
		requirePending();
		this.remindedAt = now;
	}

	private void decide(ApprovalStatus status, Long userId, String name, Instant now, String comment) {
		requirePending();
		this.status = status;
		this.decidedByUserId = userId;
		this.decidedByName = name;
		this.decidedAt = now;
		this.comment = comment;
	}

	private void requirePending() {
		if (this.status != ApprovalStatus.PENDING) {
			throw new AlreadyDecidedException(alreadyDecided());
		}
	}

	/** "This request was already accepted by Ada Admin at 3 Mar 2026 10:15 UTC." */
	String alreadyDecided() {
		if (this.decidedByName == null) {
			return "This request already " + this.status.verb() + " at " + TIME.format(this.decidedAt) + ".";
		}
		return "This request was already " + this.status.verb() + " by " + this.decidedByName + " at "
				+ TIME.format(this.decidedAt) + ".";
	}

	boolean isPending() {
		return this.status == ApprovalStatus.PENDING;
	}

	Long id() {
		return this.id;
	}

	ApprovalType type() {
		return this.type;
	}

	ApprovalStatus status() {
		return this.status;
	}

	long vxcId() {
		return this.vxcId;
	}

	long customerCompanyId() {
		return this.customerCompanyId;
	}

	long providerCompanyId() {
		return this.providerCompanyId;
	}

	long aEndPortId() {
		return this.aEndPortId;
	}

	long bEndPortId() {
		return this.bEndPortId;
	}

	int rateLimitMbps() {
		return this.rateLimitMbps;
	}

	Integer requestedRateLimitMbps() {
		return this.requestedRateLimitMbps;
	}

	boolean isSpeedChange() {
		return this.type == ApprovalType.SPEED_CHANGE;
	}

	int aVlan() {
		return this.aVlan;
	}

	int bVlan() {
		return this.bVlan;
	}

	long requestedBy() {
		return this.requestedBy;
	}

	String requestedByName() {
		return this.requestedByName;
	}

	Instant requestedAt() {
		return this.requestedAt;
	}

	Instant expiresAt() {
		return this.expiresAt;
	}

	Instant remindedAt() {
		return this.remindedAt;
	}

	Long decidedByUserId() {
		return this.decidedByUserId;
	}

	String decidedByName() {
		return this.decidedByName;
	}

	Instant decidedAt() {
		return this.decidedAt;
	}

	String comment() {
		return this.comment;
	}

}
