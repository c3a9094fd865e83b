/**
 * The catalogue (product.md §5): the locations ports are ordered in, the port speeds and
 * terms on offer, and the price book of monthly prices for ports and VXCs in the currency
 * of every billing market. Locations and prices are reference data loaded by a migration.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog")
package com.interconnect.portal.catalog;
