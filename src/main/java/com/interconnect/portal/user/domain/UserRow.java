package com.interconnect.portal.user.domain;

import com.interconnect.portal.shared.Role;
import com.interconnect.portal.user.UserStatus;

/**
 * A user as Manage Users lists and edits them.
 */
public record UserRow(long id, String email, String fullName, Role role, UserStatus status) {

	public boolean isInvited() {
		return this.status == UserStatus.INVITED;
	}

	public boolean isDeactivated() {
		return this.status == UserStatus.DEACTIVATED;
	}

}
