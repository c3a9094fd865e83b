package com.interconnect.portal.audit.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.interconnect.portal.billing.BillingMarketAdded;
import com.interconnect.portal.billing.BillingMarketChanged;
import com.interconnect.portal.shared.PhoneNumbers;
import com.interconnect.portal.support.SupportDetailsChanged;
import com.interconnect.portal.user.UserDeactivated;
import com.interconnect.portal.user.UserInvited;
import com.interconnect.portal.user.UserJoined;
import com.interconnect.portal.user.UserRoleChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes one audit entry per change. The listeners are synchronous on purpose: they run
 * inside the transaction that made the change, so the entry commits or rolls back with it
 * and none is ever lost (an asynchronous listener after the commit could be).
 */
@Component
class AuditRecorder {

	static final String SUPPORT_DETAILS = "Technical support details";

	private final AuditEntryRepository entries;

	private final Clock clock;

	AuditRecorder(AuditEntryRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	/** The invitation's token is a secret: it is never part of the entry. */
	@EventListener
	void on(UserInvited event) {
		record(event.companyId(), event.invitedById(), event.invitedBy(), AuditAction.USER_INVITED, event.email(), null,
				event.fullName() + ", " + event.role().label());
	}

	/** The invited user acted themselves: no other actor. */
	@EventListener
	void on(UserJoined event) {
		record(event.companyId(), null, event.fullName(), AuditAction.USER_JOINED, event.email(), null,
				event.fullName() + ", " + event.role().label());
	}

	@EventListener
	void on(UserRoleChanged event) {
		record(event.companyId(), event.actorId(), event.actorName(), AuditAction.USER_ROLE_CHANGED, event.email(),
				event.oldRole().label(), event.newRole().label());
	}

	@EventListener
	void on(UserDeactivated event) {
		record(event.companyId(), event.actorId(), event.actorName(), AuditAction.USER_DEACTIVATED, event.email(), null,
				"Deactivated");
	}

	@EventListener
	void on(BillingMarketAdded event) {
		record(event.companyId(), event.actorId(), event.actorName(), AuditAction.BILLING_MARKET_ADDED,
				event.marketName(), null, event.details());
	}

	@EventListener
	void on(BillingMarketChanged event) {
		record(event.companyId(), event.actorId(), event.actorName(), AuditAction.BILLING_MARKET_CHANGED,
				event.marketName(), event.before(), event.after());
	}

	/**
	 * Both fields when the details are added; when they change, the fields that changed.
	 */
	@EventListener
	void on(SupportDetailsChanged event) {
		if (event.added()) {
			record(event.companyId(), event.actorId(), event.actorName(), AuditAction.SUPPORT_DETAILS_ADDED,
					SUPPORT_DETAILS, null, supportDetails(event.newPhone(), event.newEmail()));
			return;
		}
		boolean phoneChanged = !Objects.equals(event.oldPhone(), event.newPhone());
		boolean emailChanged = !Objects.equals(event.oldEmail(), event.newEmail());
		boolean both = phoneChanged == emailChanged;
		record(event.companyId(), event.actorId(), event.actorName(), AuditAction.SUPPORT_DETAILS_CHANGED,
				SUPPORT_DETAILS,
				supportDetails((both || phoneChanged) ? event.oldPhone() : null,
						(both || emailChanged) ? event.oldEmail() : null),
				supportDetails((both || phoneChanged) ? event.newPhone() : null,
						(both || emailChanged) ? event.newEmail() : null));
	}

	private void record(long companyId, Long actorUserId, String actorName, AuditAction action, String subject,
			String oldValue, String newValue) {
		this.entries.save(new AuditEntry(companyId, actorUserId, actorName, action, subject, oldValue, newValue,
				this.clock.instant()));
	}

	private static String supportDetails(String phone, String email) {
		List<String> parts = new ArrayList<>();
		if (phone != null) {
			parts.add("Support Phone: " + PhoneNumbers.international(phone));
		}
		if (email != null) {
			parts.add("Support Email: " + email);
		}
		return parts.isEmpty() ? null : String.join("; ", parts);
	}

}
