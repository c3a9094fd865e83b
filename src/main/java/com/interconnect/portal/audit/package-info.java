/**
 * The audit log (product.md §2 and §8): who changed support details, billing markets,
 * users and roles, when, and the values before and after. Entries are written by
 * listeners in the transaction of the change itself, so a change that rolls back leaves
 * no entry and a change that commits always has one.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package com.interconnect.portal.audit;
