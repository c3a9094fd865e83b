package com.interconnect.portal.marketplace;

import java.time.Instant;

/**
 * A customer ordered a VXC with a provider's service key. A pre-approved key made the
 * connection without the provider's approval; otherwise a connection request follows.
 *
 * @param keyId the key
 * @param description its description
 * @param providerCompanyId the provider
 * @param portName the provider's port
 * @param contactEmail the provider's Marketplace profile contact email, for when nobody
 * of the provider subscribes to Ordering, or null without a profile
 * @param customerCompanyId the customer
 * @param customerName its name
 * @param vxcId the VXC
 * @param rateLimitMbps its rate limit
 * @param bVlan its VLAN at the provider's port
 * @param preApproved whether the key is pre-approved
 * @param usedByName the user who ordered
 * @param usedAt when
 */
public record ServiceKeyUsed(long keyId, String description, long providerCompanyId, String portName,
		String contactEmail, long customerCompanyId, String customerName, long vxcId, int rateLimitMbps, int bVlan,
		boolean preApproved, String usedByName, Instant usedAt) {

}
