/**
 * The operator's back office (product.md §8), for Sales and Operator Admins: find
 * companies, create companies of every account type with their first Company Admin, and
 * see what each still needs to complete its setup.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operator")
package com.interconnect.portal.operator;
