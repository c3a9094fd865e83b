/**
 * Users and their roles, sign-up, invitations, log-in and lock-out (product.md §8).
 */
@org.springframework.modulith.ApplicationModule(displayName = "User")
package com.interconnect.portal.user;
