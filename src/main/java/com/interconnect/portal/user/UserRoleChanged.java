package com.interconnect.portal.user;

import com.interconnect.portal.shared.Role;

/**
 * An admin gave a user another role; published only when the role actually changed.
 */
public record UserRoleChanged(long userId, long companyId, String email, long actorId, String actorName, Role oldRole,
		Role newRole) {

}
