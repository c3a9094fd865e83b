package com.interconnect.portal.audit;

import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;

/**
 * Who may see the audit log: the one rule shared by the service layer and the navigation.
 */
public final class AuditPermissions {

	private AuditPermissions() {
	}

	/**
	 * Company Admins see their own company's audit log; Operator Admins see every
	 * company's.
	 */
	public static boolean canViewAuditLog(CurrentUser user) {
		return user.hasRole(Role.COMPANY_ADMIN, Role.OPERATOR_ADMIN);
	}

	/** Whether the user sees the entries of every company rather than their own only. */
	public static boolean seesEveryCompany(CurrentUser user) {
		return user.hasRole(Role.OPERATOR_ADMIN);
	}

}
