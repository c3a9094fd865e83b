package com.interconnect.portal.marketplace;

import java.time.Instant;

/**
 * An accepted connection went LIVE: the Layer 2 connection is established.
 *
 * @param request the request
 * @param liveAt when
 */
public record ConnectionAvailable(ConnectionRequest request, Instant liveAt) {

}
