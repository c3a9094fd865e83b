package com.interconnect.portal.marketplace.domain;

import java.time.Instant;
import java.util.Locale;

import com.interconnect.portal.marketplace.ApprovalStatus;
import com.interconnect.portal.marketplace.ApprovalType;

/**
 * One request as the Approvals page shows it.
 *
 * @param id the request
 * @param type a new connection or a speed change
 * @param customerName the company that requested it
 * @param providerName the provider
 * @param aEnd the customer's port
 * @param aEndLocation where it is
 * @param bEndPort the provider's port
 * @param bEndLocation where it is
 * @param rateLimitMbps the rate limit (of a speed change: the one the VXC runs at)
 * @param requestedRateLimitMbps the rate limit a speed change asks for, else null
 * @param aVlan the VLAN on the A-end
 * @param bVlan the VLAN on the provider's port
 * @param requestedByName who requested it
 * @param requestedAt when
 * @param expiresAt when it expires while pending
 * @param status where it is
 * @param decidedByName who decided it
 * @param decidedAt when
 * @param comment the reason given
 * @param canDecide whether the user may accept or deny it
 * @param canWithdraw whether the user may withdraw it
 */
public record ApprovalRow(long id, ApprovalType type, String customerName, String providerName, String aEnd,
		String aEndLocation, String bEndPort, String bEndLocation, int rateLimitMbps, Integer requestedRateLimitMbps,
		int aVlan, int bVlan, String requestedByName, Instant requestedAt, Instant expiresAt, ApprovalStatus status,
		String decidedByName, Instant decidedAt, String comment, boolean canDecide, boolean canWithdraw) {

	/**
	 * The rate limit ({@code 500 Mbps}), or a speed change ({@code 500 → 1000 Mbps} with
	 * a thousands separator).
	 */
	public String rateLimit() {
		if (this.requestedRateLimitMbps == null) {
			return String.format(Locale.ROOT, "%,d Mbps", this.rateLimitMbps);
		}
		return String.format(Locale.ROOT, "%,d → %,d Mbps", this.rateLimitMbps, this.requestedRateLimitMbps);
	}

}
