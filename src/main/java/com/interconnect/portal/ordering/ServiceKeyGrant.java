package com.interconnect.portal.ordering;

/**
 * What a valid service key lets a customer do (product.md §6): connect a VXC to the port
 * it is for, at most at its maximum speed.
 *
 * @param portId the provider's port the key reaches
 * @param providerCompanyId the company that owns it
 * @param maxSpeedMbps the highest rate limit allowed
 * @param fixedVlan the B-end VLAN the key sets, or null
 * @param preApproved whether a VXC made with it skips the provider's approval
 */
public record ServiceKeyGrant(long portId, long providerCompanyId, int maxSpeedMbps, Integer fixedVlan,
		boolean preApproved) {

}
