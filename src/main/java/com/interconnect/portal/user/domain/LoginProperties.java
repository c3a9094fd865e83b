package com.interconnect.portal.user.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Lock-out after repeated failed log-ins ({@code portal.login.*}).
 */
@ConfigurationProperties("portal.login")
public record LoginProperties(int maxFailedAttempts, Duration lockDuration) {

}
