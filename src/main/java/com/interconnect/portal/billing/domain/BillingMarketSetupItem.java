package com.interconnect.portal.billing.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SetupItem;
import com.interconnect.portal.account.SetupItemSource;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The "Billing market" item of the setup checklist: the company's own, or for a managed
 * company its partner's.
 */
@Component
@Order(2)
class BillingMarketSetupItem implements SetupItemSource {

	private final BillingMarketRepository billingMarkets;

	private final Accounts accounts;

	BillingMarketSetupItem(BillingMarketRepository billingMarkets, Accounts accounts) {
		this.billingMarkets = billingMarkets;
		this.accounts = accounts;
	}

	@Override
	public Map<Long, SetupItem> itemsFor(Collection<CompanySummary> companies) {
		Map<Long, CompanySummary> partners = this.accounts.getAll(companies.stream()
			.filter((company) -> company.accountType() == AccountType.MANAGED)
			.map(CompanySummary::parentPartnerId)
			.filter(Objects::nonNull)
			.toList());
		Map<Long, CompanySummary> billedCompanies = new HashMap<>();
		for (CompanySummary company : companies) {
			if (company.accountType() != AccountType.OPERATOR) {
				billedCompanies.put(company.id(), (company.accountType() == AccountType.MANAGED)
						? partners.get(company.parentPartnerId()) : company);
			}
		}
		if (billedCompanies.isEmpty()) {
			return Map.of();
		}
		Set<Long> withMarket = this.billingMarkets
			.companiesWithAMarket(billedCompanies.values().stream().map(CompanySummary::id).toList());
		Map<Long, SetupItem> items = new HashMap<>();
		billedCompanies.forEach((companyId, billed) -> {
			String whoCanFix = (billed.id() != companyId) ? "your partner " + billed.name()
					: "a Company Admin or Finance user of " + billed.name();
			items.put(companyId,
					new SetupItem("Billing market", withMarket.contains(billed.id()),
							"/companies/" + billed.id() + "/billing-markets/new", whoCanFix,
							(user) -> BillingPolicy.canEdit(user, billed)));
		});
		return items;
	}

}
