package com.interconnect.portal.marketplace;

/**
 * A connection request will expire soon: the provider is reminded once.
 *
 * @param request the request
 * @param contactEmail the provider profile's contact email (the fallback recipient)
 */
public record ConnectionRequestReminder(ConnectionRequest request, String contactEmail) {

}
