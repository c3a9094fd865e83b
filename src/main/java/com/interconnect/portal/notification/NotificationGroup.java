package com.interconnect.portal.notification;

/**
 * The groups a notification belongs to (product.md §7). Users subscribe per group;
 * {@link #SECURITY} and {@link #PEOPLE} are always on because they protect the account.
 */
public enum NotificationGroup {

	SECURITY("Security"), PEOPLE("People"), COMPANY("Company"), FINANCIAL("Financial"), ORDERING("Ordering"),
	SERVICE_STATUS("Service Status"), SERVICES("Services");

	private final String label;

	NotificationGroup(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** Whether users may unsubscribe from this group. */
	public boolean isAlwaysOn() {
		return this == SECURITY || this == PEOPLE;
	}

}
