package com.interconnect.portal.ordering.domain;

import java.util.List;

import com.interconnect.portal.shared.Money;

/**
 * An order just placed.
 *
 * @param orderId the order
 * @param serviceIds the services created, ports first
 * @param monthlyTotal the order's monthly total
 */
public record OrderPlacement(long orderId, List<Long> serviceIds, Money monthlyTotal) {

}
