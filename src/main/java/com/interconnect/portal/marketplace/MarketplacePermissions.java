package com.interconnect.portal.marketplace;

import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;

/**
 * Who may use the Marketplace and its approvals (product.md §6, §8): the one rule shared
 * by the service layer and the navigation.
 */
public final class MarketplacePermissions {

	private MarketplacePermissions() {
	}

	/**
	 * Every user of a customer company browses the Marketplace and sees its approvals;
	 * the operator's staff have none.
	 */
	public static boolean canBrowse(CurrentUser user) {
		return !user.isOperatorStaff();
	}

	/** Every user of a customer company sees its Marketplace Profile. */
	public static boolean canViewProfile(CurrentUser user) {
		return !user.isOperatorStaff();
	}

	/** Company Admins edit their company's Marketplace Profile. */
	public static boolean canEditProfile(CurrentUser user) {
		return user.hasRole(Role.COMPANY_ADMIN);
	}

	/** Company Admins and Technical Admins accept and deny requests to their ports. */
	public static boolean canDecide(CurrentUser user) {
		return user.hasRole(Role.COMPANY_ADMIN, Role.TECHNICAL_ADMIN);
	}

	/**
	 * Company Admins and Technical Admins manage their company's service keys (and ask
	 * for speed changes of its VXCs).
	 */
	public static boolean canManageServiceKeys(CurrentUser user) {
		return !user.isOperatorStaff() && user.hasRole(Role.COMPANY_ADMIN, Role.TECHNICAL_ADMIN);
	}

	/**
	 * Who may withdraw a pending request of their company: its requester, or a Company
	 * Admin or Technical Admin.
	 */
	public static boolean canWithdraw(CurrentUser user, long requestedById) {
		return user.id() == requestedById || user.hasRole(Role.COMPANY_ADMIN, Role.TECHNICAL_ADMIN);
	}

}
