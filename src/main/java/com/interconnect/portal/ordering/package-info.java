/**
 * Ordering: saved configurations of designed ports and VXCs with their prices, order
 * gating, orders, and the services they become with their lifecycle and the provisioner
 * that moves them on (product.md §5).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ordering")
package com.interconnect.portal.ordering;
