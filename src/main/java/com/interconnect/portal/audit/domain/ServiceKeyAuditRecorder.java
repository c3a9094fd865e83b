package com.interconnect.portal.audit.domain;

import java.time.Clock;

import com.interconnect.portal.marketplace.ServiceKeyCreated;
import com.interconnect.portal.marketplace.ServiceKeyDeactivated;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Audit entries for service keys (product.md §8), like {@link AuditRecorder}:
 * synchronous, in the transaction of the change.
 */
@Component
class ServiceKeyAuditRecorder {

	private final AuditEntryRepository entries;

	private final Clock clock;

	ServiceKeyAuditRecorder(AuditEntryRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	@EventListener
	void on(ServiceKeyCreated event) {
		this.entries.save(new AuditEntry(event.companyId(), event.actorId(), event.actorName(),
				AuditAction.SERVICE_KEY_CREATED, "Service key " + event.description() + " (" + event.portName() + ")",
				null, event.details(), this.clock.instant()));
	}

	@EventListener
	void on(ServiceKeyDeactivated event) {
		this.entries.save(new AuditEntry(event.companyId(), event.actorId(), event.actorName(),
				AuditAction.SERVICE_KEY_DEACTIVATED, "Service key " + event.description(), "Active", "Inactive",
				this.clock.instant()));
	}

}
