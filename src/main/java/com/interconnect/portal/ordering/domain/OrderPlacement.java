package com.interconnect.portal.ordering.domain;

import java.util.List;

import com.interconnect.portal.shared.Money;

/**
 * An order just placed.
 *
 * @param orderId the order
 * @param serviceIds the services created, ports first
 * @param awaitingApproval how many of them are VXCs waiting for the approval of the B-end
 * port's owner
 * @param monthlyTotal the order's monthly total
 */
public record OrderPlacement(long orderId, List<Long> serviceIds, int awaitingApproval, Money monthlyTotal) {

	/** The services being provisioned now. */
	public int provisioning() {
		return this.serviceIds.size() - this.awaitingApproval;
	}

}
