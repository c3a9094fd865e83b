package com.interconnect.portal.ordering.domain;

/**
 * A VXC's speed on its page, with what the viewer may change.
 *
 * @param rateLimitMbps the rate limit it runs at
 * @param maxRateLimitMbps the most it can run at: the speed of the smaller port
 * @param pendingRateLimitMbps a raise waiting for the B-end port's owner, or null
 * @param raiseNeedsApproval whether the B-end port belongs to another company, whose
 * approval a raise needs
 * @param canChange whether the viewer may change it now (a LIVE VXC, a Company Admin or
 * Technical Admin)
 */
public record SpeedView(int rateLimitMbps, int maxRateLimitMbps, Integer pendingRateLimitMbps,
		boolean raiseNeedsApproval, boolean canChange) {

}
