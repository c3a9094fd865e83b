/**
 * Managed Accounts (product.md §2 and §8): a partner's Company Admins create the
 * companies the partner manages, see their support details and setup, and invite their
 * first Company Admin.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partner")
package com.interconnect.portal.partner;
