package com.interconnect.portal.marketplace;

import java.time.Instant;
import java.util.Locale;

/**
 * A request to a provider as the events of this module describe it, with the names the
 * emails show: a new connection, or a speed change of a LIVE one.
 *
 * @param approvalId the request (its approval)
 * @param type a new connection or a speed change
 * @param vxcId the VXC
 * @param customerCompanyId the company that requested it
 * @param customerName its name
 * @param providerCompanyId the company that owns the B-end port
 * @param providerName its Marketplace display name
 * @param aEndPort the customer's port
 * @param aEndLocation where it is
 * @param bEndPort the provider's port
 * @param bEndLocation where it is
 * @param rateLimitMbps the rate limit (for a speed change, the one the VXC runs at)
 * @param requestedRateLimitMbps for a speed change the rate limit asked for, else null
 * @param aVlan the VLAN on the A-end
 * @param bVlan the VLAN on the B-end
 * @param requestedById the user who requested it
 * @param requestedByName their name
 * @param requestedAt when
 * @param expiresAt when it expires if nobody decides
 */
public record ConnectionRequest(long approvalId, ApprovalType type, long vxcId, long customerCompanyId,
		String customerName, long providerCompanyId, String providerName, String aEndPort, String aEndLocation,
		String bEndPort, String bEndLocation, int rateLimitMbps, Integer requestedRateLimitMbps, int aVlan, int bVlan,
		long requestedById, String requestedByName, Instant requestedAt, Instant expiresAt) {

	public boolean isSpeedChange() {
		return this.type == ApprovalType.SPEED_CHANGE;
	}

	/**
	 * The provider's port as subjects name it: "CloudNova Sydney", not "CloudNova
	 * CloudNova Sydney" when the port's name already starts with the provider's.
	 */
	public String providersPort() {
		return this.bEndPort.toLowerCase(Locale.ROOT).startsWith(this.providerName.toLowerCase(Locale.ROOT))
				? this.bEndPort : this.providerName + " " + this.bEndPort;
	}

}
