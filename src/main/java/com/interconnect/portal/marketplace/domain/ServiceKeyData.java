package com.interconnect.portal.marketplace.domain;

import java.time.LocalDate;

/**
 * A new service key as the provider fills it in.
 *
 * @param portId one of the provider's LIVE ports
 * @param description what it is for
 * @param multiUse whether it can be used more than once
 * @param maxSpeedMbps the highest rate limit allowed
 * @param fixedVlan the B-end VLAN it sets (single-use only), or null
 * @param preApproved whether connections made with it skip approval
 * @param validFrom the first day it can be used
 * @param validTo the last day it can be used
 */
public record ServiceKeyData(Long portId, String description, boolean multiUse, Integer maxSpeedMbps, Integer fixedVlan,
		boolean preApproved, LocalDate validFrom, LocalDate validTo) {

}
