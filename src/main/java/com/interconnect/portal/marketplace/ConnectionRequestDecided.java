package com.interconnect.portal.marketplace;

import java.time.Instant;

/**
 * A connection request ended: accepted, denied, withdrawn or expired.
 *
 * @param request the request
 * @param status the new status
 * @param decidedByName who decided (null when it expired)
 * @param decidedAt when
 * @param comment the reason given, or null
 */
public record ConnectionRequestDecided(ConnectionRequest request, ApprovalStatus status, String decidedByName,
		Instant decidedAt, String comment) {

}
