package com.interconnect.portal.support.domain;

import java.util.Optional;

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
	public Optional<SetupItem> itemFor(CompanySummary company) {
		if (!SupportDetailsPolicy.requirementFor(company).required()) {
			return Optional.empty();
		}
		String whoCanFix = (company.accountType() == AccountType.MANAGED) ? "your partner "
				+ this.accounts.get(company.parentPartnerId()).name() + " or the operator's Sales team"
				: "a Company Admin of " + company.name();
		return Optional.of(new SetupItem("Technical support details", this.repository.existsById(company.id()),
				"/companies/" + company.id() + "/support-details", whoCanFix, (user) -> SupportDetailsPolicy
					.access(user, this.accounts.get(user.companyId()), company) == Access.EDIT));
	}

}
