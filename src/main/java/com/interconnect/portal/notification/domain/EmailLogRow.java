package com.interconnect.portal.notification.domain;

import java.time.Instant;

import com.interconnect.portal.notification.NotificationGroup;

/**
 * One email of the operator's email log: who it went to, why, and how its delivery went;
 * never its body.
 *
 * @param id the email's id
 * @param recipient the address it went to
 * @param group its notification group
 * @param eventType what caused it, e.g. {@code USER_JOINED}
 * @param subject its subject line
 * @param status where it is on its way out
 * @param attempts the delivery attempts since it was written or last resent
 * @param lastError why the last failed attempt failed, or null
 * @param createdAt when it was written
 * @param sentAt when the SMTP server accepted it, or null
 * @param nextAttemptAt when a pending email is next tried
 * @param resentAt when an Operator Admin last resent it, or null
 * @param resentByName who did
 */
public record EmailLogRow(long id, String recipient, NotificationGroup group, String eventType, String subject,
		EmailStatus status, int attempts, String lastError, Instant createdAt, Instant sentAt, Instant nextAttemptAt,
		Instant resentAt, String resentByName) {

	/** Whether it can be resent: only after it failed. */
	public boolean resendable() {
		return this.status == EmailStatus.FAILED;
	}

	/** As the status badge reads, e.g. {@code Failed}. */
	public String statusLabel() {
		String name = this.status.name();
		return name.charAt(0) + name.substring(1).toLowerCase();
	}

}
