package com.interconnect.portal.user;

/**
 * Where a user is in their life: invited (no password yet), active, or deactivated (can
 * no longer log in).
 */
public enum UserStatus {

	INVITED("Invited"), ACTIVE("Active"), DEACTIVATED("Deactivated");

	private final String label;

	UserStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
