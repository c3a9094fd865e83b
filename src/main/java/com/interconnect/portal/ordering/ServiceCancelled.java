package com.interconnect.portal.ordering;

import java.time.Instant;

/**
 * A user cancelled one of their company's services; a VXC's VLANs are free again.
 *
 * @param serviceId the service
 * @param companyId the company that owns it
 * @param kind a port or a VXC
 * @param name its name
 * @param actorName the name of the user who cancelled it
 * @param actorId that user
 * @param cancelledAt when
 */
public record ServiceCancelled(long serviceId, long companyId, ServiceKind kind, String name, String actorName,
		long actorId, Instant cancelledAt) {

}
