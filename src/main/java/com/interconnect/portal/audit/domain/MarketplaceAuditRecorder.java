package com.interconnect.portal.audit.domain;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.interconnect.portal.marketplace.ApprovalStatus;
import com.interconnect.portal.marketplace.ConnectionRequest;
import com.interconnect.portal.marketplace.ConnectionRequestDecided;
import com.interconnect.portal.marketplace.MarketplaceProfileChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the audit entries of the Marketplace (product.md §8): each connection request
 * and speed change decided, in the log of both companies of the request, and each change
 * of a company's Marketplace profile. Synchronous, like {@link AuditRecorder}, so the
 * entry commits or rolls back with the change.
 */
@Component
class MarketplaceAuditRecorder {

	/** The actor of a request that expired: nobody decided, the portal ended it. */
	static final String EXPIRY = "Portal (no answer in time)";

	static final String PROFILE = "Marketplace profile";

	private final AuditEntryRepository entries;

	private final Clock clock;

	MarketplaceAuditRecorder(AuditEntryRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	/**
	 * One entry for the provider and one for the customer (each company's log shows its
	 * side's requests), connection requests and speed changes alike.
	 */
	@EventListener
	void on(ConnectionRequestDecided event) {
		if (event.status() == ApprovalStatus.PENDING) {
			return;
		}
		ConnectionRequest request = event.request();
		AuditAction action = request.isSpeedChange() ? switch (event.status()) {
			case APPROVED -> AuditAction.SPEED_CHANGE_ACCEPTED;
			case REJECTED -> AuditAction.SPEED_CHANGE_DENIED;
			case WITHDRAWN -> AuditAction.SPEED_CHANGE_WITHDRAWN;
			default -> AuditAction.SPEED_CHANGE_EXPIRED;
		} : switch (event.status()) {
			case APPROVED -> AuditAction.CONNECTION_REQUEST_ACCEPTED;
			case REJECTED -> AuditAction.CONNECTION_REQUEST_DENIED;
			case WITHDRAWN -> AuditAction.CONNECTION_REQUEST_WITHDRAWN;
			default -> AuditAction.CONNECTION_REQUEST_EXPIRED;
		};
		String actorName = (event.decidedByName() != null) ? event.decidedByName() : EXPIRY;
		String subject = subject(request);
		String outcome = event.status().label() + ((event.comment() != null) ? ": " + event.comment() : "");
		for (long companyId : List.of(request.providerCompanyId(), request.customerCompanyId())) {
			record(companyId, event.decidedById(), actorName, action, subject, ApprovalStatus.PENDING.label(), outcome);
		}
	}

	/**
	 * The profile's fields when it is added; when it changes, the fields that changed.
	 */
	@EventListener
	void on(MarketplaceProfileChanged event) {
		if (event.added()) {
			record(event.companyId(), event.actorId(), event.actorName(), AuditAction.MARKETPLACE_PROFILE_ADDED,
					PROFILE, null, describe(event.after().keySet(), event.after()));
			return;
		}
		Set<String> changed = event.changedFields();
		record(event.companyId(), event.actorId(), event.actorName(), AuditAction.MARKETPLACE_PROFILE_CHANGED, PROFILE,
				describe(changed, event.before()), describe(changed, event.after()));
	}

	private void record(long companyId, Long actorUserId, String actorName, AuditAction action, String subject,
			String oldValue, String newValue) {
		this.entries.save(new AuditEntry(companyId, actorUserId, actorName, action, subject, oldValue, newValue,
				this.clock.instant()));
	}

	private static String subject(ConnectionRequest request) {
		String speed = request.isSpeedChange()
				? String.format(Locale.ROOT, "%,d → %,d Mbps", request.rateLimitMbps(),
						request.requestedRateLimitMbps())
				: String.format(Locale.ROOT, "%,d Mbps", request.rateLimitMbps());
		return String.format(Locale.ROOT, "%s #%d: %s to %s, %s", request.type().label(), request.approvalId(),
				request.customerName(), request.providersPort(), speed);
	}

	private static String describe(Set<String> fields, Map<String, String> profile) {
		return fields.stream().map((field) -> field + ": " + profile.get(field)).collect(Collectors.joining("; "));
	}

}
