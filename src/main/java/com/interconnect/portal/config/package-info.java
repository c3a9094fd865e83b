/**
 * Cross-cutting configuration: security, time, the order of form errors.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Configuration")
package com.interconnect.portal.config;
