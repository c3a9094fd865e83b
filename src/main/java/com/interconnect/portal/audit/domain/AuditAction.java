package com.interconnect.portal.audit.domain;

/**
 * What kind of change an audit entry records, with the words the audit log shows for it.
 */
public enum AuditAction {

	USER_INVITED("User invited"), USER_JOINED("User joined"), USER_ROLE_CHANGED("Role changed"),
	USER_DEACTIVATED("User deactivated"), BILLING_MARKET_ADDED("Billing market added"),
	BILLING_MARKET_CHANGED("Billing market changed"), SUPPORT_DETAILS_ADDED("Support details added"),
	SUPPORT_DETAILS_CHANGED("Support details changed");

	private final String label;

	AuditAction(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
