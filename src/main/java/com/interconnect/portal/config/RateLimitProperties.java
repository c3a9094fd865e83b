package com.interconnect.portal.config;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The rate limits ({@code portal.rate-limits.NAME.per-address}, {@code .per-account},
 * {@code .window}) by name: log-in, sign-up, invitation, resend, service-key. A limit of
 * 0 does not count.
 */
@ConfigurationProperties("portal")
record RateLimitProperties(Map<String, Setting> rateLimits) {

	record Setting(int perAddress, int perAccount, Duration window) {
	}

	Setting of(String name) {
		Setting setting = (this.rateLimits != null) ? this.rateLimits.get(name) : null;
		if (setting == null) {
			throw new IllegalStateException("No setting portal.rate-limits." + name);
		}
		return setting;
	}

}
