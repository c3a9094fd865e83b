package com.interconnect.portal.support;

import java.util.UUID;

/**
 * Unique names and addresses, so that test classes sharing one database never meet.
 */
public final class TestData {

	public static final String PASSWORD = "Test-password-2026";

	private TestData() {
	}

	public static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	public static String email(String localPart) {
		return localPart + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
	}

}
