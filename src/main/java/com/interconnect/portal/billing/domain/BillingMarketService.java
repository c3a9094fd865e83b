package com.interconnect.portal.billing.domain;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.billing.BillingDetails;
import com.interconnect.portal.billing.BillingMarketAdded;
import com.interconnect.portal.billing.BillingMarketChanged;
import com.interconnect.portal.billing.BillingMarkets;
import com.interconnect.portal.billing.PrimaryBillingMarket;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Forbidden;
import com.interconnect.portal.shared.InvalidInputException;
import com.interconnect.portal.shared.NotFoundException;
import com.interconnect.portal.shared.PhoneNumbers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class BillingMarketService implements BillingMarkets {

	private final BillingMarketRepository billingMarkets;

	private final MarketRepository markets;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	BillingMarketService(BillingMarketRepository billingMarkets, MarketRepository markets, Accounts accounts,
			ApplicationEventPublisher events, Clock clock) {
		this.billingMarkets = billingMarkets;
		this.markets = markets;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public Optional<PrimaryBillingMarket> primaryMarketOf(long companyId) {
		CompanySummary company = this.accounts.get(companyId);
		long billedCompanyId = (company.accountType() == AccountType.MANAGED) ? company.parentPartnerId() : companyId;
		return this.billingMarkets.primaryOf(billedCompanyId)
			.map((primary) -> new PrimaryBillingMarket(billedCompanyId, primary.market().code(),
					primary.market().name(), primary.market().currency(),
					PhoneNumbers.regionOf(primary.contactPhone())));
	}

	public BillingMarketsPage page(CurrentUser actor, long companyId) {
		CompanySummary company = viewable(actor, companyId);
		List<BillingMarketView> own = views(companyId);
		if (company.accountType() == AccountType.MANAGED) {
			CompanySummary partner = this.accounts.get(company.parentPartnerId());
			List<String> partnerMarkets = views(partner.id()).stream().map((view) -> view.market().label()).toList();
			return new BillingMarketsPage(company, own, false, partner, partnerMarkets);
		}
		return new BillingMarketsPage(company, own, BillingPolicy.canEdit(actor, company), null, List.of());
	}

	/** The markets the company can still be enabled in. */
	public List<MarketOption> availableMarkets(CurrentUser actor, long companyId) {
		editable(actor, companyId);
		return this.markets.findAllByOrderByName()
			.stream()
			.filter((market) -> !this.billingMarkets.existsByCompanyIdAndMarketCode(companyId, market.code()))
			.map(Market::option)
			.toList();
	}

	public BillingMarketView get(CurrentUser actor, long companyId, long billingMarketId) {
		viewable(actor, companyId);
		return find(companyId, billingMarketId).view();
	}

	@Override
	@Transactional
	public void enable(CurrentUser actor, long companyId, BillingDetails details) {
		add(actor, companyId, details);
	}

	@Transactional
	public BillingMarketView add(CurrentUser actor, long companyId, BillingDetails details) {
		editable(actor, companyId);
		Market market = this.markets.findById(nullToEmpty(details.marketCode())).orElse(null);
		Map<String, String> errors = new LinkedHashMap<>();
		if (market == null) {
			errors.put("marketCode", (details.marketCode() == null || details.marketCode().isBlank())
					? "Choose a market." : "Choose a market from the list.");
		}
		else if (this.billingMarkets.existsByCompanyIdAndMarketCode(companyId, market.code())) {
			errors.put("marketCode", market.name() + " is already enabled for this company.");
		}
		BillingDetailsRules.Checked checked = BillingDetailsRules.check(details,
				(market != null) ? market.code() : null);
		errors.putAll(checked.errors());
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		BillingMarket billingMarket;
		try {
			billingMarket = this.billingMarkets.saveAndFlush(new BillingMarket(companyId, market, details,
					checked.phoneE164(), this.clock.instant(), actor.fullName()));
		}
		catch (DataIntegrityViolationException ex) {
			// another request enabled the same market between the check and this insert
			// (billing_market_once_per_company)
			throw InvalidInputException.of("marketCode", market.name() + " is already enabled for this company.");
		}
		this.events.publishEvent(new BillingMarketAdded(companyId, market.name(), actor.id(), actor.fullName(),
				billingMarket.describe()));
		return billingMarket.view();
	}

	@Transactional
	public BillingMarketView update(CurrentUser actor, long companyId, long billingMarketId, BillingDetails details) {
		editable(actor, companyId);
		BillingMarket billingMarket = find(companyId, billingMarketId);
		BillingDetailsRules.Checked checked = BillingDetailsRules.check(details, billingMarket.market().code());
		if (!checked.errors().isEmpty()) {
			throw new InvalidInputException(checked.errors());
		}
		String before = billingMarket.describe();
		billingMarket.update(details, checked.phoneE164(), this.clock.instant(), actor.fullName());
		String after = billingMarket.describe();
		if (!before.equals(after)) {
			this.events.publishEvent(new BillingMarketChanged(companyId, billingMarket.market().name(), actor.id(),
					actor.fullName(), before, after));
		}
		return billingMarket.view();
	}

	private List<BillingMarketView> views(long companyId) {
		return this.billingMarkets.inEnablingOrder(companyId).stream().map(BillingMarket::view).toList();
	}

	private BillingMarket find(long companyId, long billingMarketId) {
		return this.billingMarkets.findByIdAndCompanyId(billingMarketId, companyId)
			.orElseThrow(() -> new NotFoundException("Billing market"));
	}

	private CompanySummary viewable(CurrentUser actor, long companyId) {
		CompanySummary company = this.accounts.get(companyId);
		if (!BillingPolicy.canView(actor, company)) {
			throw new NotFoundException("Company");
		}
		return company;
	}

	private CompanySummary editable(CurrentUser actor, long companyId) {
		CompanySummary company = viewable(actor, companyId);
		Forbidden.unless(BillingPolicy.hasOwnMarkets(company),
				"A managed company is billed through its partner, so it has no billing markets of its own.");
		Forbidden.unless(BillingPolicy.canEdit(actor, company),
				"Only a Company Admin or Finance user can change billing markets.");
		return company;
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

}
