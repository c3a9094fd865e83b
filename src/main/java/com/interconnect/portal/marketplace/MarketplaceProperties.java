package com.interconnect.portal.marketplace;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Connection requests ({@code portal.marketplace.*}): a pending request expires after
 * {@code request-expiry}; the provider is reminded {@code reminder-before} that; the job
 * looks for both every {@code expiry-check-interval}.
 */
@ConfigurationProperties("portal.marketplace")
public record MarketplaceProperties(@DefaultValue("30d") Duration requestExpiry,
		@DefaultValue("3d") Duration reminderBefore, @DefaultValue("1h") Duration expiryCheckInterval) {

}
