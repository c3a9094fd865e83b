package com.interconnect.portal.billing.domain;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;

/**
 * Who may see and change a company's billing markets (product.md §4 and §8).
 */
final class BillingPolicy {

	private BillingPolicy() {
	}

	/**
	 * Everyone of the company, and the operator's staff. Anyone else is told the company
	 * does not exist.
	 */
	static boolean canView(CurrentUser actor, CompanySummary company) {
		return actor.companyId() == company.id() || actor.isOperatorStaff();
	}

	/**
	 * Company Admin and Finance of the company, and the operator's Sales and Operator
	 * Admins.
	 */
	static boolean canEdit(CurrentUser actor, CompanySummary company) {
		if (!hasOwnMarkets(company)) {
			return false;
		}
		return actor.isOperatorStaff()
				|| (actor.companyId() == company.id() && actor.hasRole(Role.COMPANY_ADMIN, Role.FINANCE));
	}

	/**
	 * A managed company is billed through its parent partner; the operator does not bill
	 * itself.
	 */
	static boolean hasOwnMarkets(CompanySummary company) {
		return company.accountType() != AccountType.MANAGED && company.accountType() != AccountType.OPERATOR;
	}

}
