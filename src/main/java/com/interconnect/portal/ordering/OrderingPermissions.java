package com.interconnect.portal.ordering;

import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;

/**
 * Who may see, design, order and cancel services (product.md §8): the one rule shared by
 * the service layer and the navigation.
 */
public final class OrderingPermissions {

	private OrderingPermissions() {
	}

	/**
	 * Every user of a customer company sees its services; the operator's staff have none.
	 */
	public static boolean canViewServices(CurrentUser user) {
		return !user.isOperatorStaff();
	}

	/** Company Admins and Technical Admins order services. */
	public static boolean canOrder(CurrentUser user) {
		return user.hasRole(Role.COMPANY_ADMIN, Role.TECHNICAL_ADMIN);
	}

	/**
	 * Company Admins, Technical Admins and Technical Contacts design services and keep
	 * them in saved configurations.
	 */
	public static boolean canDesign(CurrentUser user) {
		return user.hasRole(Role.COMPANY_ADMIN, Role.TECHNICAL_ADMIN, Role.TECHNICAL_CONTACT);
	}

	/** Company Admins and Technical Admins cancel services (as they order them). */
	public static boolean canCancel(CurrentUser user) {
		return user.hasRole(Role.COMPANY_ADMIN, Role.TECHNICAL_ADMIN);
	}

	/**
	 * Company Admins and Technical Admins change a VXC's speed: it changes what the
	 * company pays, like an order.
	 */
	public static boolean canChangeSpeed(CurrentUser user) {
		return user.hasRole(Role.COMPANY_ADMIN, Role.TECHNICAL_ADMIN);
	}

}
