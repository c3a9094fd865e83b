package com.interconnect.portal.partner;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;

/**
 * Who may open Company &gt; Managed Accounts: the one rule shared by the service layer
 * and the navigation.
 */
public final class PartnerPermissions {

	private PartnerPermissions() {
	}

	/** The Company Admins of a partner company. */
	public static boolean canManageAccounts(CurrentUser user, CompanySummary company) {
		return user.hasRole(Role.COMPANY_ADMIN) && company.id() == user.companyId()
				&& company.accountType() == AccountType.PARTNER;
	}

}
