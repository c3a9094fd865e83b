package com.interconnect.portal.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmailAddressesTests {

	@Test
	void aWellFormedAddressHasADomainWithADotAndNoSpaces() {
		assertThat(EmailAddresses.isWellFormed("accounts@example.com")).isTrue();
		assertThat(EmailAddresses.isWellFormed(" accounts@billing.example.co.uk ")).isTrue();
		assertThat(EmailAddresses.isWellFormed("billing@acme")).isFalse();
		assertThat(EmailAddresses.isWellFormed("bad")).isFalse();
		assertThat(EmailAddresses.isWellFormed("pat payer@example.com")).isFalse();
		assertThat(EmailAddresses.isWellFormed("a@b@example.com")).isFalse();
		assertThat(EmailAddresses.isWellFormed(null)).isFalse();
	}

	@Test
	void anAddressHasAtMost254Characters() {
		String domain = "@example.com";
		assertThat(EmailAddresses.isWellFormed("a".repeat(254 - domain.length()) + domain)).isTrue();
		assertThat(EmailAddresses.isWellFormed("a".repeat(255 - domain.length()) + domain)).isFalse();
	}

}
