package com.interconnect.portal.ordering;

/**
 * A VXC being ordered with a service key: what the key's owner is told about it.
 *
 * @param vxcId the VXC
 * @param customerCompanyId the company ordering it
 * @param usedByName the user who ordered
 * @param rateLimitMbps its rate limit
 * @param bVlan its VLAN at the key's port
 */
public record ServiceKeyUse(long vxcId, long customerCompanyId, String usedByName, int rateLimitMbps, int bVlan) {

}
