package com.interconnect.portal.user.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A single-use, expiring link to set a password. Only the token's hash is stored.
 */
@Entity
class Invitation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long userId;

	private String tokenHash;

	private Long invitedBy;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant usedAt;

	protected Invitation() {
	}

	Invitation(long userId, String tokenHash, Long invitedBy, Instant createdAt, Instant expiresAt) {
		this.userId = userId;
		this.tokenHash = tokenHash;
		this.invitedBy = invitedBy;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	boolean isUsable(Instant now) {
		return this.usedAt == null && now.isBefore(this.expiresAt);
	}

	void use(Instant now) {
		if (!isUsable(now)) {
			throw new InvalidInvitationException();
		}
		this.usedAt = now;
	}

	/** A newer invitation replaces this one. */
	void revoke(Instant now) {
		if (now.isBefore(this.expiresAt)) {
			this.expiresAt = now;
		}
	}

	long userId() {
		return this.userId;
	}

}
