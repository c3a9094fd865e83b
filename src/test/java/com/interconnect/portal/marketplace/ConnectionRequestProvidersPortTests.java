package com.interconnect.portal.marketplace;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How subjects and the audit log name a provider's port. */
class ConnectionRequestProvidersPortTests {

	@Test
	void theProviderIsNamedOnceWhenThePortIsNamedAfterIt() {
		assertThat(request("CloudNova", "CloudNova Sydney").providersPort()).isEqualTo("CloudNova Sydney");
		assertThat(request("CloudNova", "cloudnova Sydney").providersPort()).isEqualTo("cloudnova Sydney");
		assertThat(request("CloudNova", "Sydney 1").providersPort()).isEqualTo("CloudNova Sydney 1");
	}

	private static ConnectionRequest request(String providerName, String bEndPort) {
		return new ConnectionRequest(1, ApprovalType.NEW_ORDER, 2, 3, "Globex", 4, providerName, "Globex Sydney",
				"Sydney", bEndPort, "Sydney", 500, null, 100, 100, 5, "Tess Tech", Instant.EPOCH, Instant.EPOCH);
	}

}
