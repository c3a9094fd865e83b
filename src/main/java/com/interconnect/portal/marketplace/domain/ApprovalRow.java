package com.interconnect.portal.marketplace.domain;

import java.time.Instant;

import com.interconnect.portal.marketplace.ApprovalStatus;

/**
 * One request as the Approvals page shows it.
 *
 * @param id the request
 * @param customerName the company that requested it
 * @param providerName the provider
 * @param aEnd the customer's port
 * @param aEndLocation where it is
 * @param bEndPort the provider's port
 * @param bEndLocation where it is
 * @param rateLimitMbps the rate limit
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
public record ApprovalRow(long id, String customerName, String providerName, String aEnd, String aEndLocation,
		String bEndPort, String bEndLocation, int rateLimitMbps, int aVlan, int bVlan, String requestedByName,
		Instant requestedAt, Instant expiresAt, ApprovalStatus status, String decidedByName, Instant decidedAt,
		String comment, boolean canDecide, boolean canWithdraw) {

}
