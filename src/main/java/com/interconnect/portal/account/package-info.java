/**
 * Companies (accounts): account types, who supports them, parent partners and the sign-up
 * email (product.md §1).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Account")
package com.interconnect.portal.account;
