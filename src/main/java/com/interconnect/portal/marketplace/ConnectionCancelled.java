package com.interconnect.portal.marketplace;

import java.time.Instant;

/**
 * The customer cancelled a VXC that its provider had accepted: the requester and the
 * provider learn it (product.md §7, "service cancelled").
 *
 * @param request the request
 * @param actorName who cancelled it
 * @param cancelledAt when
 */
public record ConnectionCancelled(ConnectionRequest request, String actorName, Instant cancelledAt) {

}
