package com.interconnect.portal.billing.domain;

import java.util.Optional;

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

	private final BillingMarketService billing;

	private final Accounts accounts;

	BillingMarketSetupItem(BillingMarketService billing, Accounts accounts) {
		this.billing = billing;
		this.accounts = accounts;
	}

	@Override
	public Optional<SetupItem> itemFor(CompanySummary company) {
		if (company.accountType() == AccountType.OPERATOR) {
			return Optional.empty();
		}
		boolean done = this.billing.primaryMarketOf(company.id()).isPresent();
		CompanySummary billed = (company.accountType() == AccountType.MANAGED)
				? this.accounts.get(company.parentPartnerId()) : company;
		String whoCanFix = (billed.id() != company.id()) ? "your partner " + billed.name()
				: "a Company Admin or Finance user of " + company.name();
		return Optional.of(new SetupItem("Billing market", done, "/companies/" + billed.id() + "/billing-markets/new",
				whoCanFix, (user) -> BillingPolicy.canEdit(user, billed)));
	}

}
