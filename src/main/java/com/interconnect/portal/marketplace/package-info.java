/**
 * Marketplace (product.md §6): providers' profiles and the ports they list, browsing and
 * searching them, requesting connections to them, and the approvals with which providers
 * accept or deny those requests. Ordering creates the VXCs; this module decides which
 * other companies' ports accept them
 * ({@link com.interconnect.portal.ordering.ForeignPorts}) and answers the requests that
 * ordering announces.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Marketplace")
package com.interconnect.portal.marketplace;
