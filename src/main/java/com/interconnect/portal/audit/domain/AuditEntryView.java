package com.interconnect.portal.audit.domain;

import java.time.Instant;

/**
 * One row of the audit log. {@code companyName} is filled in only where the log shows
 * entries of every company.
 */
public record AuditEntryView(long id, Instant occurredAt, String actorName, AuditAction action, String subject,
		String oldValue, String newValue, long companyId, String companyName) {

}
