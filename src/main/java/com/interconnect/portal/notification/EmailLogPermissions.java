package com.interconnect.portal.notification;

import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;

/**
 * Who may open the operator's email log (product.md §7, §8): the one rule shared by the
 * service layer and the navigation.
 */
public final class EmailLogPermissions {

	private EmailLogPermissions() {
	}

	/**
	 * Operator Admins only: the log lists every company's emails and can send failed ones
	 * again.
	 */
	public static boolean canViewEmailLog(CurrentUser user) {
		return user.hasRole(Role.OPERATOR_ADMIN);
	}

}
