package com.interconnect.portal.ordering;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The provisioner ({@code portal.provisioning.*}): there is no real network, so an
 * ordered service moves on by one state every {@code step-delay}; the job looks for due
 * services every {@code interval}.
 */
@ConfigurationProperties("portal.provisioning")
public record ProvisioningProperties(Duration stepDelay, Duration interval, int batchSize) {

}
