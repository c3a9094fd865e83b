package com.interconnect.portal.operator.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanyNameTakenException;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SetupStatus;
import com.interconnect.portal.account.NewCompany;
import com.interconnect.portal.account.SupportDetailsPolicy;
import com.interconnect.portal.operator.OperatorPermissions;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Forbidden;
import com.interconnect.portal.shared.InvalidInputException;
import com.interconnect.portal.shared.NotFoundException;
import com.interconnect.portal.support.SupportDetails;
import com.interconnect.portal.user.EmailTakenException;
import com.interconnect.portal.user.Users;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operator's back office: companies found by name, created with the rules of §1 and
 * their first Company Admin, and their setup. For Sales and Operator Admins only.
 */
@Service
@Transactional(readOnly = true)
public class BackOfficeService {

	static final int PAGE_SIZE = 25;

	private static final int USERS_SHOWN = 50;

	private static final int PARTNERS_OFFERED = 1000;

	/**
	 * The account types the operator's staff create (the operator's own company exists).
	 */
	public static final List<AccountType> CREATABLE_TYPES = List.of(AccountType.DIRECT, AccountType.PARTNER,
			AccountType.MANAGED, AccountType.DISTRIBUTOR);

	/** Who may support a company of each type (§1), as the form explains it. */
	public static final Map<AccountType, String> SUPPORT_RULES = Map.of(AccountType.DIRECT,
			"A direct company is always supported by the operator.", AccountType.PARTNER,
			"A partner is supported by the operator, or supports its own customers (Partner).", AccountType.MANAGED,
			"A managed company is supported by the operator or by its parent partner.", AccountType.DISTRIBUTOR,
			"A distributor is supported by neither: choose None.");

	private final Accounts accounts;

	private final SupportDetails support;

	private final Users users;

	BackOfficeService(Accounts accounts, SupportDetails support, Users users) {
		this.accounts = accounts;
		this.support = support;
		this.users = users;
	}

	/**
	 * One page of the companies whose name contains {@code query} (case-insensitive), by
	 * name, optionally of one account type.
	 */
	public Page<CompanyRow> search(CurrentUser actor, String query, AccountType accountType, int pageNumber) {
		requireBackOffice(actor);
		Page<CompanySummary> companies = this.accounts.search(query, accountType,
				PageRequest.of(Math.max(pageNumber, 0), PAGE_SIZE));
		Map<Long, CompanySummary> parents = this.accounts.getAll(
				companies.stream().map(CompanySummary::parentPartnerId).filter(Objects::nonNull).distinct().toList());
		Map<Long, SetupStatus> setup = this.accounts.setupStatusOf(companies.getContent());
		return companies.map((company) -> new CompanyRow(company,
				(company.parentPartnerId() != null) ? parents.get(company.parentPartnerId()) : null,
				setup.get(company.id())));
	}

	/** The partners a managed company can be created under, by name. */
	public List<CompanySummary> partners(CurrentUser actor) {
		requireBackOffice(actor);
		return this.accounts.search(null, AccountType.PARTNER, PageRequest.of(0, PARTNERS_OFFERED)).getContent();
	}

	public CompanyPage page(CurrentUser actor, long companyId) {
		requireBackOffice(actor);
		CompanySummary company = this.accounts.get(companyId);
		CompanySummary parent = (company.parentPartnerId() != null) ? this.accounts.get(company.parentPartnerId())
				: null;
		return new CompanyPage(company, parent, this.accounts.setupStatusOf(companyId),
				this.support.find(companyId).orElse(null), SupportDetailsPolicy.requirementFor(company).required(),
				company.isOperator() ? Page.empty()
						: this.users.usersOf(actor, companyId, PageRequest.of(0, USERS_SHOWN)));
	}

	/**
	 * Creates a company after §1's rules (checked by the account module) and invites its
	 * first Company Admin when one is given. One transaction: when anything is invalid
	 * nothing is stored.
	 * @throws InvalidInputException with the fields {@code name}, {@code accountType},
	 * {@code supportedBy}, {@code parentPartnerId}, {@code firstAdminEmail} and
	 * {@code firstAdminName}
	 */
	@Transactional
	public CompanySummary create(CurrentUser actor, CompanyRequest request) {
		requireBackOffice(actor);
		Map<String, String> errors = new LinkedHashMap<>();
		if (this.accounts.findByName(request.name()).isPresent()) {
			errors.put("name", nameTaken());
		}
		if (!CREATABLE_TYPES.contains(request.accountType())) {
			errors.put("accountType", "Choose Direct, Partner, Managed or Distributor.");
		}
		else if (!request.accountType().allowsSupportBy(request.supportedBy())) {
			errors.put("supportedBy", SUPPORT_RULES.get(request.accountType()));
		}
		checkParentPartner(request, errors);
		boolean firstAdmin = !isBlank(request.firstAdminEmail()) || !isBlank(request.firstAdminName());
		if (firstAdmin && isBlank(request.firstAdminEmail())) {
			errors.put("firstAdminEmail",
					"Enter the first admin's email address, or leave both first admin fields empty.");
		}
		if (firstAdmin && isBlank(request.firstAdminName())) {
			errors.put("firstAdminName", "Enter the first admin's name, or leave both first admin fields empty.");
		}
		if (!isBlank(request.firstAdminEmail()) && this.users.existsByEmail(request.firstAdminEmail())) {
			errors.put("firstAdminEmail", emailTaken());
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		CompanySummary company = createCompany(request);
		if (firstAdmin) {
			try {
				this.users.inviteFirstAdmin(actor, company.id(), request.firstAdminEmail(), request.firstAdminName());
			}
			catch (EmailTakenException ex) {
				throw InvalidInputException.of("firstAdminEmail", emailTaken());
			}
		}
		return company;
	}

	/**
	 * Invites the first Company Admin of a company that was created without one, so that
	 * somebody can log in to it.
	 * @throws InvalidInputException on {@code firstAdminEmail} when the address is taken
	 * or the company has users already
	 */
	@Transactional
	public void inviteFirstAdmin(CurrentUser actor, long companyId, String email, String fullName) {
		requireBackOffice(actor);
		CompanySummary company = this.accounts.get(companyId);
		if (company.isOperator()) {
			throw new NotFoundException("Company");
		}
		try {
			this.users.inviteFirstAdmin(actor, companyId, email.strip(), fullName.strip());
		}
		catch (EmailTakenException ex) {
			throw InvalidInputException.of("firstAdminEmail", emailTaken());
		}
		catch (IllegalStateException ex) {
			// someone invited one meanwhile: its Company Admins invite the others
			throw InvalidInputException.of("firstAdminEmail", ex.getMessage());
		}
	}

	private CompanySummary createCompany(CompanyRequest request) {
		try {
			return this.accounts.create(new NewCompany(request.name(), request.accountType(), request.supportedBy(),
					request.parentPartnerId(), request.signupEmail()));
		}
		catch (CompanyNameTakenException ex) {
			throw InvalidInputException.of("name", nameTaken());
		}
		catch (IllegalArgumentException ex) {
			// both were checked above: the account module, which holds the rules, has the
			// last word
			throw InvalidInputException.of("supportedBy", SUPPORT_RULES.get(request.accountType()));
		}
	}

	/** Only a managed company has a parent, and it is a partner (§1). */
	private void checkParentPartner(CompanyRequest request, Map<String, String> errors) {
		boolean managed = request.accountType() == AccountType.MANAGED;
		if (managed && request.parentPartnerId() == null) {
			errors.put("parentPartnerId", "Choose the partner that manages this company.");
		}
		else if (!managed && request.parentPartnerId() != null) {
			errors.put("parentPartnerId", "Only a managed company has a parent partner: choose None.");
		}
		else if (managed) {
			boolean partner;
			try {
				partner = this.accounts.get(request.parentPartnerId()).accountType() == AccountType.PARTNER;
			}
			catch (NotFoundException ex) {
				partner = false;
			}
			if (!partner) {
				errors.put("parentPartnerId", "Choose a partner from the list.");
			}
		}
	}

	private static void requireBackOffice(CurrentUser actor) {
		Forbidden.unless(OperatorPermissions.canUseBackOffice(actor),
				"The back office is for the operator's Sales team and Operator Admins.");
	}

	private static String nameTaken() {
		return "A company with this name already exists.";
	}

	private static String emailTaken() {
		return "A user with this email already exists.";
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
