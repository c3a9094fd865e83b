package com.interconnect.portal.user;

/**
 * An admin deactivated a user, who can no longer log in.
 */
public record UserDeactivated(long userId, long companyId, String email, long actorId, String actorName) {

}
