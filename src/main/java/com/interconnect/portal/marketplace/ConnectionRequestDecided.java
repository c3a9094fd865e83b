package com.interconnect.portal.marketplace;

import java.time.Instant;

/**
 * A request to a provider ended: accepted, denied, withdrawn or expired.
 *
 * @param request the request
 * @param status the new status
 * @param decidedById the user who decided (null when it expired)
 * @param decidedByName their name (null when it expired)
 * @param decidedAt when
 * @param comment the reason given, or null
 */
public record ConnectionRequestDecided(ConnectionRequest request, ApprovalStatus status, Long decidedById,
		String decidedByName, Instant decidedAt, String comment) {

}
