package com.interconnect.portal.web;

import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.user.UserPermissions;

/**
 * Which items of the navigation (product.md §9) the signed-in user may open. Each item
 * asks the same rule as the service behind it.
 */
public record Navigation(long companyId, boolean companySettings, boolean billingMarkets, boolean manageUsers) {

	static Navigation of(CurrentUser user) {
		return new Navigation(user.companyId(), true, !user.isOperatorStaff(), UserPermissions.canManageUsers(user));
	}

	public boolean companyMenu() {
		return this.companySettings || this.billingMarkets || this.manageUsers;
	}

}
