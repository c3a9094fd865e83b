/**
 * Cross-cutting configuration: security, time.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Configuration")
package com.interconnect.portal.config;
