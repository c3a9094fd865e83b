package com.interconnect.portal.account;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;

import static com.interconnect.portal.account.AccountType.DIRECT;
import static com.interconnect.portal.account.AccountType.DISTRIBUTOR;
import static com.interconnect.portal.account.AccountType.MANAGED;
import static com.interconnect.portal.account.AccountType.OPERATOR;
import static com.interconnect.portal.account.AccountType.PARTNER;
import static com.interconnect.portal.account.SupportDetailsPolicy.Access.EDIT;
import static com.interconnect.portal.account.SupportDetailsPolicy.Access.NONE;
import static com.interconnect.portal.account.SupportDetailsPolicy.Access.VIEW;
import static com.interconnect.portal.shared.Role.COMPANY_ADMIN;
import static com.interconnect.portal.shared.Role.FINANCE;
import static com.interconnect.portal.shared.Role.OPERATOR_ADMIN;
import static com.interconnect.portal.shared.Role.READ_ONLY;
import static com.interconnect.portal.shared.Role.SALES;
import static com.interconnect.portal.shared.Role.TECHNICAL_ADMIN;
import static com.interconnect.portal.shared.Role.TECHNICAL_CONTACT;

/**
 * The two tables of product.md §2, as tables: whether a company's technical support
 * details are required and shown, and who may view and edit whose. Every page, menu and
 * service asks here.
 */
public final class SupportDetailsPolicy {

	/** One row of §2's first table. */
	public record Requirement(AccountType accountType, SupportedBy supportedBy, boolean required, boolean displayed) {
	}

	private static final boolean REQUIRED = true;

	private static final boolean NOT_REQUIRED = false;

	private static final boolean DISPLAYED = true;

	private static final boolean NOT_DISPLAYED = false;

	/** §2: required and displayed, by account type and supporter. */
	public static final List<Requirement> REQUIREMENTS = List.of(
	// @formatter:off
	//                account type  supported by           required?     displayed to its own users?
			new Requirement(DIRECT,      SupportedBy.OPERATOR, REQUIRED,     DISPLAYED),
			new Requirement(PARTNER,     SupportedBy.PARTNER,  REQUIRED,     DISPLAYED),
			new Requirement(PARTNER,     SupportedBy.OPERATOR, REQUIRED,     DISPLAYED),
			new Requirement(MANAGED,     SupportedBy.OPERATOR, REQUIRED,     NOT_DISPLAYED),
			new Requirement(MANAGED,     SupportedBy.PARTNER,  NOT_REQUIRED, NOT_DISPLAYED),
			new Requirement(DISTRIBUTOR, null,                 NOT_REQUIRED, NOT_DISPLAYED),
			new Requirement(OPERATOR,    null,                 NOT_REQUIRED, NOT_DISPLAYED));
	// @formatter:on

	/** What a user may do with one company's details. */
	public enum Access {

		NONE, VIEW, EDIT

	}

	/** Whose details a rule is about, seen from the acting user's company. */
	public enum Target {

		/** the user's own company */
		OWN,
		/** the partner that manages the user's company */
		OWN_PARTNER,
		/** a company managed by the user's company */
		MANAGED_BY_OWN,
		/** a company managed by the user's company and supported by the operator */
		MANAGED_BY_OWN_SUPPORTED_BY_OPERATOR,
		/** any customer company */
		ANY

	}

	/** One row of §2's second table. */
	public record AccessRule(Set<AccountType> actorCompany, SupportedBy actorSupportedBy, Set<Role> actorRoles,
			Target target, Access access) {

		boolean matches(CurrentUser actor, CompanySummary actorCompany, CompanySummary target) {
			return this.actorCompany.contains(actorCompany.accountType())
					&& (this.actorSupportedBy == null || this.actorSupportedBy == actorCompany.supportedBy())
					&& this.actorRoles.contains(actor.role()) && targets(actorCompany, target);
		}

		private boolean targets(CompanySummary actorCompany, CompanySummary target) {
			boolean managedByOwn = target.accountType() == MANAGED
					&& Long.valueOf(actorCompany.id()).equals(target.parentPartnerId());
			return switch (this.target) {
				case OWN -> target.id() == actorCompany.id();
				case OWN_PARTNER -> Long.valueOf(target.id()).equals(actorCompany.parentPartnerId());
				case MANAGED_BY_OWN -> managedByOwn;
				case MANAGED_BY_OWN_SUPPORTED_BY_OPERATOR ->
					managedByOwn && target.supportedBy() == SupportedBy.OPERATOR;
				case ANY -> !target.isOperator(); // the operator's own company has no
													// details
			};
		}

	}

	private static final Set<Role> ADMIN = EnumSet.of(COMPANY_ADMIN);

	private static final Set<Role> OTHER_CUSTOMER_ROLES = EnumSet.of(TECHNICAL_ADMIN, TECHNICAL_CONTACT, FINANCE,
			READ_ONLY);

	private static final Set<Role> ANY_CUSTOMER_ROLE = EnumSet.of(COMPANY_ADMIN, TECHNICAL_ADMIN, TECHNICAL_CONTACT,
			FINANCE, READ_ONLY);

	private static final Set<Role> SALES_OR_OPERATOR_ADMIN = EnumSet.of(SALES, OPERATOR_ADMIN);

	/**
	 * §2: who may view and edit. A user's access is the highest any matching rule gives;
	 * no rule, no access (users of a managed company supported by the operator, and of a
	 * distributor).
	 */
	public static final List<AccessRule> ACCESS_RULES = List.of(
	// @formatter:off
	//           actor's company                actor's supporter     actor's role             whose details                               access
			new AccessRule(EnumSet.of(DIRECT, PARTNER), null,                 ADMIN,                   Target.OWN,                                  EDIT),
			new AccessRule(EnumSet.of(DIRECT, PARTNER), null,                 OTHER_CUSTOMER_ROLES,    Target.OWN,                                  VIEW),
			new AccessRule(EnumSet.of(MANAGED),         SupportedBy.PARTNER,  ANY_CUSTOMER_ROLE,       Target.OWN_PARTNER,                          VIEW),
			new AccessRule(EnumSet.of(PARTNER),         null,                 ADMIN,                   Target.MANAGED_BY_OWN,                       VIEW),
			new AccessRule(EnumSet.of(PARTNER),         null,                 ADMIN,                   Target.MANAGED_BY_OWN_SUPPORTED_BY_OPERATOR, EDIT),
			new AccessRule(EnumSet.of(OPERATOR),        null,                 SALES_OR_OPERATOR_ADMIN, Target.ANY,                                  EDIT));
	// @formatter:on

	private SupportDetailsPolicy() {
	}

	public static Requirement requirementFor(CompanySummary company) {
		return REQUIREMENTS.stream()
			.filter((row) -> row.accountType() == company.accountType() && row.supportedBy() == company.supportedBy())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No §2 row for " + company));
	}

	public static Access access(CurrentUser actor, CompanySummary actorCompany, CompanySummary target) {
		return ACCESS_RULES.stream()
			.filter((rule) -> rule.matches(actor, actorCompany, target))
			.map(AccessRule::access)
			.max(Enum::compareTo)
			.orElse(NONE);
	}

	/**
	 * Whose details Company &gt; Technical Support Details shows the users of a company:
	 * their own, or for a managed company supported by its partner the partner's; empty
	 * when the page is not for them.
	 */
	public static Optional<Long> pageCompanyFor(CompanySummary actorCompany) {
		if (requirementFor(actorCompany).displayed()) {
			return Optional.of(actorCompany.id());
		}
		if (actorCompany.accountType() == MANAGED && actorCompany.supportedBy() == SupportedBy.PARTNER) {
			return Optional.of(actorCompany.parentPartnerId());
		}
		return Optional.empty();
	}

}
