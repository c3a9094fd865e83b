/**
 * Technical support details: the phone and email of a customer's own support team, who
 * may see and change them, their validation and their history (product.md §2 and §3).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Support details")
package com.interconnect.portal.support;
