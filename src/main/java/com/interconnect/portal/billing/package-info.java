/**
 * Billing markets: the countries a company is billed in, each with its billing contact
 * and address (product.md §4).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Billing")
package com.interconnect.portal.billing;
