package com.interconnect.portal.marketplace;

import java.time.Instant;

/**
 * A connection request as the events of this module describe it, with the names the
 * emails show.
 *
 * @param approvalId the request (its approval)
 * @param vxcId the VXC
 * @param customerCompanyId the company that requested it
 * @param customerName its name
 * @param providerCompanyId the company that owns the B-end port
 * @param providerName its Marketplace display name
 * @param aEndPort the customer's port
 * @param aEndLocation where it is
 * @param bEndPort the provider's port
 * @param bEndLocation where it is
 * @param rateLimitMbps the rate limit
 * @param aVlan the VLAN on the A-end
 * @param bVlan the VLAN on the B-end
 * @param requestedById the user who requested it
 * @param requestedByName their name
 * @param requestedAt when
 * @param expiresAt when it expires if nobody decides
 */
public record ConnectionRequest(long approvalId, long vxcId, long customerCompanyId, String customerName,
		long providerCompanyId, String providerName, String aEndPort, String aEndLocation, String bEndPort,
		String bEndLocation, int rateLimitMbps, int aVlan, int bVlan, long requestedById, String requestedByName,
		Instant requestedAt, Instant expiresAt) {

}
