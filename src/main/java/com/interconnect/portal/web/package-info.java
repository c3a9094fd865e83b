/**
 * The portal's frame: navigation, dashboard and error pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package com.interconnect.portal.web;
