package com.interconnect.portal.partner.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanyNameTakenException;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SetupStatus;
import com.interconnect.portal.account.NewCompany;
import com.interconnect.portal.account.SupportDetailsPolicy;
import com.interconnect.portal.account.SupportDetailsPolicy.Access;
import com.interconnect.portal.account.SupportedBy;
import com.interconnect.portal.partner.PartnerPermissions;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Forbidden;
import com.interconnect.portal.shared.InvalidInputException;
import com.interconnect.portal.shared.NotFoundException;
import com.interconnect.portal.support.SupportDetails;
import com.interconnect.portal.support.SupportDetailsSummary;
import com.interconnect.portal.user.EmailTakenException;
import com.interconnect.portal.user.Users;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Company &gt; Managed Accounts, for the Company Admins of a partner: the partner's
 * managed companies with their support details shown as §2 says, and new managed
 * companies with their first Company Admin.
 */
@Service
@Transactional(readOnly = true)
public class ManagedAccountsService {

	static final int PAGE_SIZE = 25;

	private static final int USERS_SHOWN = 50;

	private final Accounts accounts;

	private final SupportDetails support;

	private final Users users;

	ManagedAccountsService(Accounts accounts, SupportDetails support, Users users) {
		this.accounts = accounts;
		this.support = support;
		this.users = users;
	}

	/**
	 * One page of the partner's managed companies whose name contains {@code query}, by
	 * name.
	 */
	public ManagedAccountsPage list(CurrentUser actor, String query, int pageNumber) {
		CompanySummary partner = requirePartnerAdmin(actor);
		Page<CompanySummary> companies = this.accounts.managedBy(partner.id(), query,
				PageRequest.of(Math.max(pageNumber, 0), PAGE_SIZE));
		Map<Long, SupportDetailsSummary> details = this.support.findAll(companies.map(CompanySummary::id).toList());
		Map<Long, SetupStatus> setup = this.accounts.setupStatusOf(companies.getContent());
		return new ManagedAccountsPage(partner, this.support.find(partner.id()).orElse(null), companies
			.map((company) -> row(actor, partner, company, details.get(company.id()), setup.get(company.id()))));
	}

	/**
	 * One managed company of the actor's partner company; another company's id answers
	 * 404.
	 */
	public ManagedAccountView get(CurrentUser actor, long companyId) {
		CompanySummary partner = requirePartnerAdmin(actor);
		CompanySummary company = this.accounts.get(companyId);
		if (company.accountType() != AccountType.MANAGED
				|| !Long.valueOf(partner.id()).equals(company.parentPartnerId())) {
			throw new NotFoundException("Company");
		}
		return new ManagedAccountView(partner,
				row(actor, partner, company, this.support.find(company.id()).orElse(null),
						this.accounts.setupStatusOf(company.id())),
				this.users.usersOf(actor, company.id(), PageRequest.of(0, USERS_SHOWN)));
	}

	/** The partner that a new managed company will belong to, after the same check. */
	public CompanySummary partnerOf(CurrentUser actor) {
		return requirePartnerAdmin(actor);
	}

	/**
	 * Creates a managed company of the actor's partner company, its support details when
	 * §2 requires them (supported by the operator), and the invitation of its first
	 * Company Admin, whose email is the company's sign-up email. One transaction: when
	 * anything is invalid nothing is stored.
	 * @throws InvalidInputException with the fields {@code name},
	 * {@code firstAdminEmail}, {@code supportPhone} and {@code supportEmail}
	 */
	@Transactional
	public CompanySummary create(CurrentUser actor, NewManagedAccount request) {
		CompanySummary partner = requirePartnerAdmin(actor);
		Map<String, String> errors = new LinkedHashMap<>();
		if (this.accounts.findByName(request.name()).isPresent()) {
			errors.put("name", nameTaken());
		}
		if (this.users.existsByEmail(request.firstAdminEmail())) {
			errors.put("firstAdminEmail", emailTaken());
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		CompanySummary company;
		try {
			company = this.accounts.create(new NewCompany(request.name(), AccountType.MANAGED, request.supportedBy(),
					partner.id(), request.firstAdminEmail()));
		}
		catch (CompanyNameTakenException ex) {
			throw InvalidInputException.of("name", nameTaken());
		}
		if (SupportDetailsPolicy.requirementFor(company).required()) {
			// the support module checks the details against the new company (§3); its
			// errors are those of this form's fields, and they roll everything back
			this.support.save(actor, company.id(), request.supportPhone(), request.supportEmail());
		}
		try {
			this.users.inviteFirstAdmin(actor, company.id(), request.firstAdminEmail(), request.firstAdminName());
		}
		catch (EmailTakenException ex) {
			throw InvalidInputException.of("firstAdminEmail", emailTaken());
		}
		return company;
	}

	private static ManagedAccountRow row(CurrentUser actor, CompanySummary partner, CompanySummary company,
			SupportDetailsSummary details, SetupStatus setup) {
		boolean usesPartnerDetails = company.supportedBy() == SupportedBy.PARTNER;
		return new ManagedAccountRow(company, usesPartnerDetails ? null : details, usesPartnerDetails,
				SupportDetailsPolicy.access(actor, partner, company) == Access.EDIT, setup);
	}

	private CompanySummary requirePartnerAdmin(CurrentUser actor) {
		CompanySummary own = this.accounts.get(actor.companyId());
		if (!PartnerPermissions.canManageAccounts(actor, own)) {
			throw new Forbidden((own.accountType() == AccountType.PARTNER)
					? "Only a Company Admin can manage your company's managed accounts."
					: "Managed Accounts are for partner companies, which manage their own customers' accounts.");
		}
		return own;
	}

	private static String nameTaken() {
		return "A company with this name already exists.";
	}

	/** Not that another company's user has it: a partner sees its own companies only. */
	private static String emailTaken() {
		return EmailTakenException.NOT_USABLE;
	}

	/** The supporters a partner can choose between (§1): itself or the operator. */
	public static List<SupportedBy> supporters() {
		return List.of(SupportedBy.PARTNER, SupportedBy.OPERATOR);
	}

}
