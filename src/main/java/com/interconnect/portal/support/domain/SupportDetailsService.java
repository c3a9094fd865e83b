package com.interconnect.portal.support.domain;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SupportDetailsPolicy;
import com.interconnect.portal.account.SupportDetailsPolicy.Access;
import com.interconnect.portal.billing.BillingMarkets;
import com.interconnect.portal.billing.PrimaryBillingMarket;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Forbidden;
import com.interconnect.portal.shared.InvalidInputException;
import com.interconnect.portal.shared.NotFoundException;
import com.interconnect.portal.shared.PhoneNumbers;
import com.interconnect.portal.support.SupportDetails;
import com.interconnect.portal.support.SupportDetailsChanged;
import com.interconnect.portal.support.SupportDetailsSummary;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Viewing and saving technical support details, with §2's access rules and §3's
 * validation.
 */
@Service
@Transactional(readOnly = true)
public class SupportDetailsService implements SupportDetails {

	static final String CANNOT_REMOVE = "Support details can be changed but not removed.";

	private final SupportDetailsRepository repository;

	private final Accounts accounts;

	private final BillingMarkets billingMarkets;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SupportDetailsService(SupportDetailsRepository repository, Accounts accounts, BillingMarkets billingMarkets,
			ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.accounts = accounts;
		this.billingMarkets = billingMarkets;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public Optional<SupportDetailsSummary> find(long companyId) {
		return this.repository.findById(companyId).map(SupportDetailsRecord::summary);
	}

	@Override
	public Map<Long, SupportDetailsSummary> findAll(Iterable<Long> companyIds) {
		return this.repository.findByCompanyIdIn(companyIds)
			.stream()
			.map(SupportDetailsRecord::summary)
			.collect(Collectors.toMap(SupportDetailsSummary::companyId, Function.identity()));
	}

	/**
	 * The company whose details the user's own Company &gt; Technical Support Details
	 * page shows.
	 */
	public long ownPageCompanyId(CurrentUser actor) {
		CompanySummary own = this.accounts.get(actor.companyId());
		return SupportDetailsPolicy.pageCompanyFor(own).orElseThrow(() -> new Forbidden(noPageReason(own)));
	}

	public SupportDetailsPage page(CurrentUser actor, long companyId) {
		CompanySummary own = this.accounts.get(actor.companyId());
		CompanySummary company = this.accounts.get(companyId);
		Access access = accessOrRefuse(actor, own, company);
		String note = (access == Access.VIEW) ? readOnlyReason(own, company) : null;
		return new SupportDetailsPage(company, find(companyId).orElse(null), access == Access.EDIT,
				SupportDetailsPolicy.requirementFor(company).required(), phoneHint(companyId), note);
	}

	@Override
	@Transactional
	public SupportDetailsSummary save(CurrentUser actor, long companyId, String phoneInput, String emailInput) {
		CompanySummary company = this.accounts.get(companyId);
		Access access = accessOrRefuse(actor, this.accounts.get(actor.companyId()), company);
		Forbidden.unless(access == Access.EDIT, readOnlyReason(this.accounts.get(actor.companyId()), company));
		SupportDetailsRecord details = this.repository.findForUpdate(companyId)
			.orElseGet(() -> new SupportDetailsRecord(companyId));
		String oldPhone = details.phone();
		String oldEmail = details.email();

		Map<String, String> errors = new LinkedHashMap<>();
		String phone = null;
		if (isBlank(phoneInput)) {
			errors.put("supportPhone", details.isNew() ? "Enter the support phone number." : CANNOT_REMOVE);
		}
		else {
			PhoneNumbers.Check check = checkPhone(companyId, phoneInput);
			phone = check.e164();
			if (!check.valid()) {
				errors.put("supportPhone", check.error());
			}
		}
		String email = isBlank(emailInput) ? null : SupportEmails.normalise(emailInput);
		if (email == null) {
			errors.put("supportEmail", details.isNew() ? "Enter the support email address." : CANNOT_REMOVE);
		}
		else {
			String error = SupportEmails.check(email, company.signupEmail());
			if (error != null) {
				errors.put("supportEmail", error);
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}

		if (details.change(phone, email, actor.id(), actor.fullName(), this.clock.instant())) {
			this.repository.save(details);
			this.events.publishEvent(new SupportDetailsChanged(companyId, actor.id(), actor.fullName(), oldPhone, phone,
					oldEmail, email));
		}
		return details.summary();
	}

	/**
	 * What the phone field accepts for this company, from its primary billing market
	 * (§3).
	 */
	String phoneHint(long companyId) {
		return this.billingMarkets.primaryMarketOf(companyId)
			.map(PrimaryBillingMarket::contactPhoneRegion)
			.map((region) -> "A number in " + PhoneNumbers.countryName(region)
					+ " (the country of the company's billing contact), national or international.")
			.orElse("No billing market yet: enter the number in international form, with + and the country code.");
	}

	private PhoneNumbers.Check checkPhone(long companyId, String input) {
		return this.billingMarkets.primaryMarketOf(companyId)
			.map((market) -> PhoneNumbers.validFor(input, market.contactPhoneRegion()))
			.orElseGet(() -> PhoneNumbers.validInternational(input));
	}

	/**
	 * No access: 403 with the reason for the user's own company, 404 for anyone else's.
	 */
	private static Access accessOrRefuse(CurrentUser actor, CompanySummary own, CompanySummary company) {
		Access access = SupportDetailsPolicy.access(actor, own, company);
		if (access == Access.NONE) {
			if (company.id() == own.id()) {
				throw new Forbidden(noPageReason(own));
			}
			throw new NotFoundException("Company");
		}
		return access;
	}

	private static String readOnlyReason(CompanySummary own, CompanySummary company) {
		if (Long.valueOf(company.id()).equals(own.parentPartnerId())) {
			return "These are the technical support details of your partner " + company.name()
					+ ". Only your partner can change them.";
		}
		if (Long.valueOf(own.id()).equals(company.parentPartnerId())) {
			return "Your company supports " + company.name()
					+ " itself, so its users see your own technical support details. Only the operator's staff can change these.";
		}
		return "Only a Company Admin can change these details.";
	}

	private static String noPageReason(CompanySummary own) {
		if (own.accountType() == AccountType.MANAGED) {
			return "Your partner and the operator look after your company's technical support details, so they are not shown in the portal.";
		}
		if (own.accountType() == AccountType.OPERATOR) {
			return "The operator's own company has no technical support details. Open a customer's company to see theirs.";
		}
		return own.accountType().label()
				+ " accounts have no technical support details in the portal; the operator supports your customers directly.";
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
