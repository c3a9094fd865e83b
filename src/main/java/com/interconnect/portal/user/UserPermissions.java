package com.interconnect.portal.user;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;

/**
 * Who may manage users: the one rule shared by the service layer and the navigation.
 */
public final class UserPermissions {

	private UserPermissions() {
	}

	/**
	 * Company Admins manage their company's users; Operator Admins manage the operator's
	 * staff.
	 */
	public static boolean canManageUsers(CurrentUser user) {
		return user.hasRole(Role.COMPANY_ADMIN, Role.OPERATOR_ADMIN);
	}

	/** The role that a company must always keep at least one active holder of. */
	public static Role adminRoleOf(CurrentUser user) {
		return user.isOperatorStaff() ? Role.OPERATOR_ADMIN : Role.COMPANY_ADMIN;
	}

	/** The roles an admin may give within their own company. */
	public static Role[] assignableRoles(CurrentUser admin) {
		return admin.isOperatorStaff() ? Role.operatorRoles() : Role.customerRoles();
	}

	/**
	 * Who sets up another company and invites its first Company Admin: the operator's
	 * Sales and Operator Admins for any customer company, and a partner's Company Admins
	 * for the companies the partner manages.
	 */
	public static boolean canSetUpCompany(CurrentUser user, CompanySummary company) {
		if (company.isOperator()) {
			return false;
		}
		return user.isOperatorStaff()
				|| (user.hasRole(Role.COMPANY_ADMIN) && company.accountType() == AccountType.MANAGED
						&& Long.valueOf(user.companyId()).equals(company.parentPartnerId()));
	}

}
