package com.interconnect.portal.support;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.NewCompany;
import com.interconnect.portal.account.SupportedBy;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.user.domain.UserService;

/**
 * Companies and users made through the modules' own services, with unique names, for
 * tests that share one database.
 */
public final class Fixtures {

	private final Accounts accounts;

	private final UserService users;

	public Fixtures(Accounts accounts, UserService users) {
		this.accounts = accounts;
		this.users = users;
	}

	public CompanySummary company(AccountType type, SupportedBy supportedBy) {
		return this.accounts
			.create(new NewCompany(TestData.unique(type.label()), type, supportedBy, null, TestData.email("signup")));
	}

	public CompanySummary managedBy(CompanySummary partner, SupportedBy supportedBy) {
		return this.accounts.create(new NewCompany(TestData.unique("Managed"), AccountType.MANAGED, supportedBy,
				partner.id(), TestData.email("signup")));
	}

	/**
	 * The operator's own company: there is exactly one, made here if no other test or the
	 * demo made it.
	 */
	public CompanySummary operator() {
		return this.accounts.operatorCompany()
			.orElseGet(() -> this.accounts
				.create(new NewCompany("Portal Operations", AccountType.OPERATOR, null, null, null)));
	}

	public CurrentUser user(CompanySummary company, Role role) {
		String email = TestData.email(role.name().toLowerCase().replace('_', '-'));
		this.users.createActive(company.id(), email, role.label() + " of " + company.name(), role, TestData.PASSWORD);
		return this.users.findActiveByEmail(email).orElseThrow();
	}

}
