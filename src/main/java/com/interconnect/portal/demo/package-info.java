/**
 * The demo dataset of demo-data.md, loaded by {@code ./mvnw spring-boot:run} (profile
 * {@code demo}) and never in production.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package com.interconnect.portal.demo;
