package com.interconnect.portal.user;

import java.time.Instant;

import com.interconnect.portal.shared.Role;

/**
 * A user was invited (or invited again) to a company. The token is the only copy of the
 * set-password secret: it exists in this event and in the invitation email, never in the
 * database.
 */
public record UserInvited(long userId, long companyId, String companyName, String email, String fullName, Role role,
		long invitedById, String invitedBy, String token, Instant expiresAt) {

	@Override
	public String toString() {
		return "UserInvited[userId=" + this.userId + ", companyId=" + this.companyId + "]";
	}

}
