package com.interconnect.portal.audit.domain;

/**
 * What kind of change an audit entry records, with the words the audit log shows for it.
 */
public enum AuditAction {

	USER_INVITED("User invited"), USER_JOINED("User joined"), USER_ROLE_CHANGED("Role changed"),
	USER_DEACTIVATED("User deactivated"), BILLING_MARKET_ADDED("Billing market added"),
	BILLING_MARKET_CHANGED("Billing market changed"), SUPPORT_DETAILS_ADDED("Support details added"),
	SUPPORT_DETAILS_CHANGED("Support details changed"), CONNECTION_REQUEST_ACCEPTED("Connection request accepted"),
	CONNECTION_REQUEST_DENIED("Connection request denied"),
	CONNECTION_REQUEST_WITHDRAWN("Connection request withdrawn"),
	CONNECTION_REQUEST_EXPIRED("Connection request expired"), MARKETPLACE_PROFILE_ADDED("Marketplace profile added"),
	MARKETPLACE_PROFILE_CHANGED("Marketplace profile changed"), SERVICE_KEY_CREATED("Service key created"),
	SERVICE_KEY_DEACTIVATED("Service key deactivated"), SPEED_CHANGE_ACCEPTED("Speed change accepted"),
	SPEED_CHANGE_DENIED("Speed change denied"), SPEED_CHANGE_WITHDRAWN("Speed change withdrawn"),
	SPEED_CHANGE_EXPIRED("Speed change expired");

	private final String label;

	AuditAction(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
