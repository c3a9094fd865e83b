package com.interconnect.portal.notification.domain;

import java.util.List;

import com.interconnect.portal.notification.NotificationGroup;

/**
 * What the Notification Settings page shows: each group and whether the user receives it.
 *
 * @param editable whether the user's role may subscribe (and so change anything)
 * @param roleName the user's role, to explain a read-only page
 * @param eligibleRoles the roles that may subscribe, e.g. {@code Company Admins, … and …}
 * @param groups every group, in the order of {@link NotificationGroup}
 */
public record NotificationSettings(boolean editable, String roleName, String eligibleRoles, List<Group> groups) {

	/**
	 * One group.
	 *
	 * @param group the group
	 * @param on whether the user receives its emails
	 * @param alwaysOn whether it can be turned off at all
	 */
	public record Group(NotificationGroup group, boolean on, boolean alwaysOn) {

		public String name() {
			return this.group.name();
		}

		public String label() {
			return this.group.label();
		}

	}

}
