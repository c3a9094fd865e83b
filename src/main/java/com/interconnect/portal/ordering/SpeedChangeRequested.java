package com.interconnect.portal.ordering;

import java.time.Instant;

/**
 * A customer asked to raise the rate limit of a LIVE VXC whose B-end is another company's
 * port: the VXC keeps its speed until the provider accepts (product.md §6). Published in
 * the transaction of the request; refusing it (throwing) refuses the request.
 *
 * @param vxcId the VXC
 * @param customerCompanyId the company that owns the VXC
 * @param providerCompanyId the company that owns the B-end port
 * @param aEndPortId the customer's port
 * @param bEndPortId the provider's port
 * @param rateLimitMbps the rate limit the VXC runs at
 * @param requestedRateLimitMbps the rate limit asked for
 * @param aVlan the VLAN on the A-end port
 * @param bVlan the VLAN on the B-end port
 * @param requestedById the user who asked
 * @param requestedByName their name
 * @param requestedAt when
 */
public record SpeedChangeRequested(long vxcId, long customerCompanyId, long providerCompanyId, long aEndPortId,
		long bEndPortId, int rateLimitMbps, int requestedRateLimitMbps, int aVlan, int bVlan, long requestedById,
		String requestedByName, Instant requestedAt) {

}
