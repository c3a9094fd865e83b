package com.interconnect.portal.ordering;

import java.time.Instant;

/**
 * A service the company ordered has become LIVE: the provisioner finished it.
 *
 * @param serviceId the service
 * @param companyId the company that owns it
 * @param kind a port or a VXC
 * @param name its name
 * @param orderId the order it came from, or null
 * @param liveAt when it became LIVE
 */
public record ServiceLive(long serviceId, long companyId, ServiceKind kind, String name, Long orderId, Instant liveAt) {

}
