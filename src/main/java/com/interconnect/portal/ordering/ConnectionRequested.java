package com.interconnect.portal.ordering;

import java.time.Instant;

/**
 * An order created a VXC whose B-end is another company's port: the VXC waits in
 * AWAITING_APPROVAL until the provider accepts it (product.md §6). One event per VXC.
 *
 * @param vxcId the VXC
 * @param customerCompanyId the company that ordered it
 * @param providerCompanyId the company that owns the B-end port
 * @param aEndPortId the customer's port
 * @param bEndPortId the provider's port
 * @param rateLimitMbps the rate limit
 * @param aVlan the VLAN on the A-end port
 * @param bVlan the VLAN on the B-end port
 * @param requestedById the user who ordered
 * @param requestedByName their name
 * @param requestedAt when
 */
public record ConnectionRequested(long vxcId, long customerCompanyId, long providerCompanyId, long aEndPortId,
		long bEndPortId, int rateLimitMbps, int aVlan, int bVlan, long requestedById, String requestedByName,
		Instant requestedAt) {

}
