package com.interconnect.portal.marketplace;

import java.time.Instant;

/**
 * A VXC made with a pre-approved service key went LIVE. Without a connection request, the
 * provider learns from this that it is available (product.md §7, "VXC available").
 *
 * @param vxcId the VXC
 * @param vxcName its name
 * @param description the key's description
 * @param providerCompanyId the key's owner
 * @param portName its port, the VXC's B-end
 * @param customerName the company that ordered the VXC
 * @param liveAt when it became LIVE
 */
public record ServiceKeyConnectionAvailable(long vxcId, String vxcName, String description, long providerCompanyId,
		String portName, String customerName, Instant liveAt) {

}
