package com.interconnect.portal.marketplace.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A service key as Company > Service Keys shows it.
 *
 * @param id the key
 * @param key the key's value (a UUID), for copying
 * @param portName the port it reaches
 * @param description what it is for
 * @param multiUse whether it can be used more than once
 * @param maxSpeedMbps the highest rate limit allowed
 * @param fixedVlan the B-end VLAN it sets, or null
 * @param preApproved whether connections made with it skip approval
 * @param validFrom the first day it can be used
 * @param validTo the last day it can be used
 * @param active whether it is active (it can be deactivated)
 * @param state what it is today: Active, Inactive, Used, Not valid yet or Expired
 * @param uses how often it was used
 * @param lastUsedAt when it was last used, or null
 */
public record ServiceKeyRow(long id, String key, String portName, String description, boolean multiUse,
		int maxSpeedMbps, Integer fixedVlan, boolean preApproved, LocalDate validFrom, LocalDate validTo,
		boolean active, String state, int uses, Instant lastUsedAt) {

}
