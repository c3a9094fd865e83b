package com.interconnect.portal.account.domain;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanyNameTakenException;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.NewCompany;
import com.interconnect.portal.account.SetupItem;
import com.interconnect.portal.account.SetupItemSource;
import com.interconnect.portal.account.SetupStatus;
import com.interconnect.portal.shared.CappedPage;
import com.interconnect.portal.shared.NotFoundException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class AccountService implements Accounts {

	private final CompanyRepository companies;

	/**
	 * Provided by the modules that own each item, which themselves use this service:
	 * looked up when needed.
	 */
	private final ObjectProvider<SetupItemSource> setupItems;

	private final Clock clock;

	AccountService(CompanyRepository companies, ObjectProvider<SetupItemSource> setupItems, Clock clock) {
		this.companies = companies;
		this.setupItems = setupItems;
		this.clock = clock;
	}

	@Override
	public SetupStatus setupStatusOf(long companyId) {
		return setupStatusOf(List.of(get(companyId))).get(companyId);
	}

	@Override
	public Map<Long, SetupStatus> setupStatusOf(Collection<CompanySummary> companies) {
		List<Map<Long, SetupItem>> itemsBySource = this.setupItems.orderedStream()
			.map((source) -> source.itemsFor(companies))
			.toList();
		Map<Long, SetupStatus> statuses = new HashMap<>();
		for (CompanySummary company : companies) {
			statuses.put(company.id(), new SetupStatus(company.id(),
					itemsBySource.stream().map((items) -> items.get(company.id())).filter(Objects::nonNull).toList()));
		}
		return statuses;
	}

	@Override
	public CompanySummary get(long companyId) {
		return this.companies.findById(companyId)
			.map(Company::summary)
			.orElseThrow(() -> new NotFoundException("Company"));
	}

	@Override
	public Optional<CompanySummary> findByName(String name) {
		return this.companies.findByNameIgnoringCase(name.strip()).map(Company::summary);
	}

	@Override
	public Optional<CompanySummary> operatorCompany() {
		return this.companies.findFirstByAccountType(AccountType.OPERATOR).map(Company::summary);
	}

	@Override
	public Page<CompanySummary> search(String nameContains, AccountType accountType, Pageable pageable) {
		long limit = CappedPage.countLimit(pageable);
		Page<Company> found;
		if (nameContains == null || nameContains.isBlank()) {
			found = (accountType != null)
					? CappedPage.of(this.companies.listByNameOfType(accountType, pageable), pageable,
							this.companies.countOfTypeUpTo(accountType.name(), limit))
					: CappedPage.of(this.companies.listByName(pageable), pageable, this.companies.countUpTo(limit));
		}
		else {
			String pattern = likePattern(nameContains);
			found = (accountType != null)
					? CappedPage.of(this.companies.searchByType(accountType, pattern, pageable), pageable,
							this.companies.countSearchOfTypeUpTo(accountType.name(), pattern, limit))
					: CappedPage.of(this.companies.search(pattern, pageable), pageable,
							this.companies.countSearchUpTo(pattern, limit));
		}
		return found.map(Company::summary);
	}

	@Override
	public Page<CompanySummary> managedBy(long partnerId, String nameContains, Pageable pageable) {
		return this.companies.searchManagedBy(partnerId, likePattern(nameContains), pageable).map(Company::summary);
	}

	@Override
	public Map<Long, CompanySummary> getAll(Collection<Long> companyIds) {
		return this.companies.findAllById(companyIds)
			.stream()
			.map(Company::summary)
			.collect(Collectors.toMap(CompanySummary::id, Function.identity()));
	}

	@Override
	@Transactional
	public CompanySummary create(NewCompany request) {
		if (this.companies.findByNameIgnoringCase(request.name().strip()).isPresent()) {
			throw new CompanyNameTakenException(request.name().strip());
		}
		Company parent = (request.parentPartnerId() != null) ? this.companies.findById(request.parentPartnerId())
			.orElseThrow(() -> new NotFoundException("Parent partner")) : null;
		Company company = new Company(request.name(), request.accountType(), request.supportedBy(), parent,
				request.signupEmail(), this.clock.instant());
		try {
			return this.companies.saveAndFlush(company).summary();
		}
		catch (DataIntegrityViolationException ex) {
			// another request took the name between the check above and this insert
			throw new CompanyNameTakenException(request.name().strip());
		}
	}

	/** "Contains", case-insensitive, with the user's % and _ taken literally. */
	private static String likePattern(String nameContains) {
		String text = (nameContains != null) ? nameContains.strip().toLowerCase() : "";
		return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
