package com.interconnect.portal.notification;

import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;

/**
 * Who may post maintenance and outage notices (product.md §7): the one rule shared by the
 * service layer and the navigation.
 */
public final class ServiceStatusPermissions {

	private ServiceStatusPermissions() {
	}

	/**
	 * Operator Admins only: a notice emails the subscribers of every company with a port
	 * at its locations.
	 */
	public static boolean canPostNotices(CurrentUser user) {
		return user.hasRole(Role.OPERATOR_ADMIN);
	}

}
