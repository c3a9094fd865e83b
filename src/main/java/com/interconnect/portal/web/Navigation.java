package com.interconnect.portal.web;

import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.audit.AuditPermissions;
import com.interconnect.portal.account.SupportDetailsPolicy;
import com.interconnect.portal.marketplace.MarketplacePermissions;
import com.interconnect.portal.notification.EmailLogPermissions;
import com.interconnect.portal.notification.ServiceStatusPermissions;
import com.interconnect.portal.operator.OperatorPermissions;
import com.interconnect.portal.ordering.OrderingPermissions;
import com.interconnect.portal.partner.PartnerPermissions;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.user.UserPermissions;

/**
 * Which items of the navigation (product.md §9) the signed-in user may open. Each item
 * asks the same rule as the service behind it.
 */
public record Navigation(CompanySummary company, boolean services, boolean marketplace, boolean approvals,
		boolean companySettings, boolean supportDetails, boolean billingMarkets, boolean manageUsers,
		boolean managedAccounts, boolean marketplaceProfile, boolean auditLog, boolean companies, boolean emailLog,
		boolean serviceStatus, boolean serviceKeys) {

	static Navigation of(CurrentUser user, CompanySummary company) {
		return new Navigation(company, OrderingPermissions.canViewServices(user),
				MarketplacePermissions.canBrowse(user), MarketplacePermissions.canBrowse(user), true,
				SupportDetailsPolicy.pageCompanyFor(company).isPresent(), !user.isOperatorStaff(),
				UserPermissions.canManageUsers(user), PartnerPermissions.canManageAccounts(user, company),
				MarketplacePermissions.canViewProfile(user) && MarketplacePermissions.canEditProfile(user),
				AuditPermissions.canViewAuditLog(user), OperatorPermissions.canUseBackOffice(user),
				EmailLogPermissions.canViewEmailLog(user), ServiceStatusPermissions.canPostNotices(user),
				MarketplacePermissions.canManageServiceKeys(user));
	}

	public boolean companyMenu() {
		return this.companySettings || this.supportDetails || this.billingMarkets || this.manageUsers
				|| this.managedAccounts || this.marketplaceProfile || this.auditLog || this.serviceKeys;
	}

}
