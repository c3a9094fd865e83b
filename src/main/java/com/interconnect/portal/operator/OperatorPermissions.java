package com.interconnect.portal.operator;

import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;

/**
 * Who may use the back office: the one rule shared by the service layer and the
 * navigation.
 */
public final class OperatorPermissions {

	private OperatorPermissions() {
	}

	/** The operator's Sales team and Operator Admins. */
	public static boolean canUseBackOffice(CurrentUser user) {
		return user.hasRole(Role.SALES, Role.OPERATOR_ADMIN);
	}

}
