package com.interconnect.portal.marketplace.domain;

import java.time.Instant;

/**
 * A VXC ordered with a service key.
 *
 * @param vxcId the VXC
 * @param customerName the company that ordered it
 * @param usedAt when
 */
public record ServiceKeyUseRow(long vxcId, String customerName, Instant usedAt) {

}
