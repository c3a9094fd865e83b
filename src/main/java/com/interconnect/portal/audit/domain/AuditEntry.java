package com.interconnect.portal.audit.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One change, as the audit log shows it. Entries are only ever added, never changed.
 */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long companyId;

	/** Empty when nobody else acted, e.g. an invited user joining by themselves. */
	private Long actorUserId;

	private String actorName;

	@Enumerated(EnumType.STRING)
	private AuditAction action;

	private String subject;

	private String oldValue;

	private String newValue;

	private Instant occurredAt;

	protected AuditEntry() {
	}

	AuditEntry(long companyId, Long actorUserId, String actorName, AuditAction action, String subject, String oldValue,
			String newValue, Instant occurredAt) {
		this.companyId = companyId;
		this.actorUserId = actorUserId;
		this.actorName = actorName;
		this.action = action;
		this.subject = subject;
		this.oldValue = oldValue;
		this.newValue = newValue;
		this.occurredAt = occurredAt;
	}

	long companyId() {
		return this.companyId;
	}

	AuditEntryView view(String companyName) {
		return new AuditEntryView(this.id, this.occurredAt, this.actorName, this.action, this.subject, this.oldValue,
				this.newValue, this.companyId, companyName);
	}

}
