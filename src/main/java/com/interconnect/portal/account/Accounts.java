package com.interconnect.portal.account;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The account module's API.
 */
public interface Accounts {

	/**
	 * @throws com.interconnect.portal.shared.NotFoundException when there is no such
	 * company
	 */
	CompanySummary get(long companyId);

	Optional<CompanySummary> findByName(String name);

	/** The operator's own staff company, once it exists. */
	Optional<CompanySummary> operatorCompany();

	/** The company's setup checklist, for the dashboard and for order gating. */
	SetupStatus setupStatusOf(long companyId);

	/** The setup status of each of the companies (a page of them), by company id. */
	Map<Long, SetupStatus> setupStatusOf(Collection<CompanySummary> companies);

	/**
	 * Creates a company after checking §1's rules (supported-by per account type, a
	 * partner as parent of a managed company).
	 * @throws CompanyNameTakenException when the name is in use
	 * @throws IllegalArgumentException when the combination breaks a rule of §1
	 */
	CompanySummary create(NewCompany company);

	/**
	 * One page of the companies whose name contains {@code nameContains}
	 * (case-insensitive; every company when blank), ordered by name.
	 * @param accountType only companies of this type, or null for all
	 */
	Page<CompanySummary> search(String nameContains, AccountType accountType, Pageable pageable);

	/**
	 * One page of the companies managed by a partner whose name contains
	 * {@code nameContains} (case-insensitive; all of them when blank), ordered by name.
	 */
	Page<CompanySummary> managedBy(long partnerId, String nameContains, Pageable pageable);

	/** Several companies at once, for lists, by id; unknown ids are left out. */
	Map<Long, CompanySummary> getAll(Collection<Long> companyIds);

}
