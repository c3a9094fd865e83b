package com.interconnect.portal.ordering.domain;

import java.util.Locale;

import com.interconnect.portal.shared.Money;

/**
 * What changing a VXC's speed did.
 *
 * @param vxcName the VXC
 * @param fromMbps the rate limit it ran at
 * @param toMbps the rate limit asked for
 * @param monthlyPrice the monthly price at {@code toMbps}
 * @param awaitingApproval whether the B-end port's owner must accept it first (the VXC
 * keeps {@code fromMbps} until then)
 */
public record SpeedChange(String vxcName, int fromMbps, int toMbps, Money monthlyPrice, boolean awaitingApproval) {

	/** What the user is told once it is done. */
	public String summary() {
		if (this.awaitingApproval) {
			return String.format(Locale.ROOT,
					"%s: the change to %,d Mbps (%s/month) is waiting for the approval of the B-end port's owner. "
							+ "It keeps %,d Mbps until then.",
					this.vxcName, this.toMbps, this.monthlyPrice.formatted(), this.fromMbps);
		}
		return String.format(Locale.ROOT, "%s now runs at %,d Mbps, for %s/month.", this.vxcName, this.toMbps,
				this.monthlyPrice.formatted());
	}

}
