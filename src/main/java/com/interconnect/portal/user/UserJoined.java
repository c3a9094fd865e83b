package com.interconnect.portal.user;

import com.interconnect.portal.shared.Role;

/**
 * An invited user used their link: they chose their name and password and can log in.
 * They acted themselves, so there is no other actor.
 */
public record UserJoined(long userId, long companyId, String email, String fullName, Role role) {

}
