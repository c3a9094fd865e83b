package com.interconnect.portal.support.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SetupItem;
import com.interconnect.portal.account.SetupItemSource;
import com.interconnect.portal.account.SupportDetailsPolicy;
import com.interconnect.portal.account.SupportDetailsPolicy.Access;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The "Technical support details" item of the setup checklist, for the companies §2
 * requires them of.
 */
@Component
@Order(1)
class SupportDetailsSetupItem implements SetupItemSource {

	private final SupportDetailsRepository repository;

	private final Accounts accounts;

	SupportDetailsSetupItem(SupportDetailsRepository repository, Accounts accounts) {
		this.repository = repository;
		this.accounts = accounts;
	}

	@Override
	public Map<Long, SetupItem> itemsFor(Collection<CompanySummary> companies) {
		List<CompanySummary> required = companies.stream()
			.filter((company) -> SupportDetailsPolicy.requirementFor(company).required())
			.toList();
		if (required.isEmpty()) {
			return Map.of();
		}
		Set<Long> withDetails = this.repository
			.companiesWithDetails(required.stream().map(CompanySummary::id).toList());
		Map<Long, CompanySummary> partners = this.accounts
			.getAll(required.stream().map(CompanySummary::parentPartnerId).filter(Objects::nonNull).toList());
		Map<Long, SetupItem> items = new HashMap<>();
		for (CompanySummary company : required) {
			String whoCanFix = (company.accountType() == AccountType.MANAGED)
					? "your partner " + partners.get(company.parentPartnerId()).name() + " or the operator's Sales team"
					: "a Company Admin of " + company.name();
			items.put(company.id(),
					new SetupItem("Technical support details", withDetails.contains(company.id()),
							"/companies/" + company.id() + "/support-details", whoCanFix, (user) -> SupportDetailsPolicy
								.access(user, this.accounts.get(user.companyId()), company) == Access.EDIT));
		}
		return items;
	}

}
