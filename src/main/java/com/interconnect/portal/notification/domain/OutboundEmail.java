package com.interconnect.portal.notification.domain;

import java.time.Instant;

import com.interconnect.portal.notification.NotificationGroup;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One rendered email to one recipient in the outbox, and how its delivery went.
 */
@Entity
@Table(name = "outbound_email")
class OutboundEmail {

	static final int MAX_ERROR_LENGTH = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String recipient;

	private Long userId;

	private Long companyId;

	@Enumerated(EnumType.STRING)
	@Column(name = "notification_group")
	private NotificationGroup group;

	private String eventType;

	private String subject;

	private String textBody;

	private String htmlBody;

	/**
	 * The secret the bodies name as {@link OutgoingEmail#SECRET} (an invitation's
	 * set-password token) until the email is sent or given up; never shown.
	 */
	private String secret;

	@Enumerated(EnumType.STRING)
	private EmailStatus status;

	private int attempts;

	private Instant nextAttemptAt;

	private String lastError;

	private Instant createdAt;

	private Instant sentAt;

	/** When the user saw it in their notification list; only ever set by a query. */
	@Column(insertable = false, updatable = false)
	private Instant readAt;

	/** When an Operator Admin last resent it after it failed, and who. */
	private Instant resentAt;

	private Long resentByUserId;

	private String resentByName;

	protected OutboundEmail() {
	}

	OutboundEmail(String recipient, Long userId, Long companyId, NotificationGroup group, String eventType,
			RenderedEmail content, String secret, Instant now) {
		this.recipient = recipient;
		this.userId = userId;
		this.companyId = companyId;
		this.group = group;
		this.eventType = eventType;
		this.subject = content.subject();
		this.textBody = content.text();
		this.htmlBody = content.html();
		this.secret = secret;
		this.status = EmailStatus.PENDING;
		this.nextAttemptAt = now;
		this.createdAt = now;
	}

	/** The SMTP server accepted the email. */
	void sent(Instant at) {
		requirePending();
		this.attempts++;
		this.status = EmailStatus.SENT;
		this.sentAt = at;
		this.secret = null;
	}

	/**
	 * An attempt failed: try again after the backoff, or give up after the last attempt.
	 */
	void attemptFailed(String error, Instant at, OutboundMailProperties properties) {
		requirePending();
		this.attempts++;
		this.lastError = truncate(error);
		if (this.attempts >= properties.maxAttempts()) {
			this.status = EmailStatus.FAILED;
			this.secret = null;
		}
		else {
			this.nextAttemptAt = at.plus(properties.backoffAfter(this.attempts));
		}
	}

	/**
	 * An Operator Admin sends a failed email again: it is pending and due at once, with
	 * its attempts counted afresh (the last error stays until an attempt succeeds or
	 * fails again).
	 * @throws ResendRefusedException unless the email has failed
	 */
	void resend(long byUserId, String byName, Instant at) {
		if (this.status != EmailStatus.FAILED) {
			throw new ResendRefusedException(this.status);
		}
		if (carriesSecret()) {
			throw new ResendRefusedException(
					"Its link is no longer kept: resend the invitation from the company's Manage Users instead.");
		}
		this.status = EmailStatus.PENDING;
		this.attempts = 0;
		this.nextAttemptAt = at;
		this.resentAt = at;
		this.resentByUserId = byUserId;
		this.resentByName = byName;
	}

	/**
	 * Whether its body may be shown in the portal: not an invitation's, whose link is
	 * left out of its stored body but which is for its recipient's eyes only.
	 */
	boolean bodyShown() {
		return !InvitationEmails.USER_INVITED.equals(this.eventType);
	}

	private boolean carriesSecret() {
		return this.textBody != null && this.textBody.contains(OutgoingEmail.SECRET);
	}

	/** The token the bodies name, while the email is pending; null after. */
	String secret() {
		return this.secret;
	}

	/** The plain-text body as it is sent, with its secret. */
	String textToSend() {
		return withSecret(this.textBody);
	}

	/** The HTML body as it is sent, with its secret. */
	String htmlToSend() {
		return withSecret(this.htmlBody);
	}

	private String withSecret(String body) {
		if (body == null || this.secret == null) {
			return body;
		}
		return body.replace(OutgoingEmail.SECRET, this.secret);
	}

	private void requirePending() {
		if (this.status != EmailStatus.PENDING) {
			throw new IllegalStateException("Email " + this.id + " is " + this.status + ", not pending");
		}
	}

	private static String truncate(String error) {
		if (error == null || error.length() <= MAX_ERROR_LENGTH) {
			return error;
		}
		return error.substring(0, MAX_ERROR_LENGTH - 1) + "…";
	}

	Long id() {
		return this.id;
	}

	String recipient() {
		return this.recipient;
	}

	Long userId() {
		return this.userId;
	}

	NotificationGroup group() {
		return this.group;
	}

	String subject() {
		return this.subject;
	}

	String textBody() {
		return this.textBody;
	}

	String htmlBody() {
		return this.htmlBody;
	}

	EmailStatus status() {
		return this.status;
	}

	int attempts() {
		return this.attempts;
	}

	Instant nextAttemptAt() {
		return this.nextAttemptAt;
	}

	String lastError() {
		return this.lastError;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant sentAt() {
		return this.sentAt;
	}

	/** How the email log lists it: never the body. */
	EmailLogRow logRow() {
		return new EmailLogRow(this.id, this.recipient, this.group, this.eventType, this.subject, this.status,
				this.attempts, this.lastError, this.createdAt, this.sentAt, this.nextAttemptAt, this.resentAt,
				this.resentByName);
	}

	/** How the user's notification list shows it: never the body. */
	NotificationView view() {
		return new NotificationView(this.id, this.subject, this.group, this.createdAt, this.readAt == null);
	}

	NotificationDetail detail() {
		return new NotificationDetail(this.subject, this.group, this.createdAt, bodyShown() ? this.textBody : null);
	}

	@Override
	public String toString() {
		return "OutboundEmail[" + this.id + ", " + this.eventType + ", " + this.status + "]";
	}

}
