package com.interconnect.portal.marketplace;

/**
 * A connection request is waiting for the provider.
 *
 * @param request the request
 * @param contactEmail the provider profile's contact email, for when nobody of the
 * provider subscribes to Ordering
 */
public record ConnectionRequestOpened(ConnectionRequest request, String contactEmail) {

}
