package com.interconnect.portal.account;

import java.util.Optional;

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

	/**
	 * Creates a company after checking §1's rules (supported-by per account type, a
	 * partner as parent of a managed company).
	 * @throws CompanyNameTakenException when the name is in use
	 * @throws IllegalArgumentException when the combination breaks a rule of §1
	 */
	CompanySummary create(NewCompany company);

}
