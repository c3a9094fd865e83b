package com.interconnect.portal.web;

import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.audit.AuditPermissions;
import com.interconnect.portal.account.SupportDetailsPolicy;
import com.interconnect.portal.operator.OperatorPermissions;
import com.interconnect.portal.ordering.OrderingPermissions;
import com.interconnect.portal.partner.PartnerPermissions;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.user.UserPermissions;

/**
 * Which items of the navigation (product.md §9) the signed-in user may open. Each item
 * asks the same rule as the service behind it.
 */
public record Navigation(CompanySummary company, boolean services, boolean companySettings, boolean supportDetails,
		boolean billingMarkets, boolean manageUsers, boolean managedAccounts, boolean auditLog, boolean companies) {

	static Navigation of(CurrentUser user, CompanySummary company) {
		return new Navigation(company, OrderingPermissions.canViewServices(user), true,
				SupportDetailsPolicy.pageCompanyFor(company).isPresent(), !user.isOperatorStaff(),
				UserPermissions.canManageUsers(user), PartnerPermissions.canManageAccounts(user, company),
				AuditPermissions.canViewAuditLog(user), OperatorPermissions.canUseBackOffice(user));
	}

	public boolean companyMenu() {
		return this.companySettings || this.supportDetails || this.billingMarkets || this.manageUsers
				|| this.managedAccounts || this.auditLog;
	}

}
