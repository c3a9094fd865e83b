package com.interconnect.portal.user;

import com.interconnect.portal.shared.Role;

/**
 * A user as other modules list them.
 */
public record UserSummary(long id, String email, String fullName, Role role, UserStatus status) {

}
