package com.interconnect.portal.user;

import java.time.Instant;

/**
 * A user's account was locked after too many failed log-ins in a row; published once, by
 * the failure that locked it.
 */
public record AccountLocked(long userId, long companyId, String email, Instant lockedUntil) {

}
