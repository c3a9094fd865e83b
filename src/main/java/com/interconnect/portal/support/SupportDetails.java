package com.interconnect.portal.support;

import java.util.Map;
import java.util.Optional;

import com.interconnect.portal.shared.CurrentUser;

/**
 * The support module's API.
 */
public interface SupportDetails {

	/** The details, whoever asks: callers show them only where §2 lets them. */
	Optional<SupportDetailsSummary> find(long companyId);

	/** The details of many companies at once, for lists. */
	Map<Long, SupportDetailsSummary> findAll(Iterable<Long> companyIds);

	/**
	 * Adds or changes a company's details after checking the actor's access (§2) and the
	 * input (§3).
	 * @throws com.interconnect.portal.shared.InvalidInputException with the fields
	 * {@code supportPhone} and {@code supportEmail}
	 */
	SupportDetailsSummary save(CurrentUser actor, long companyId, String phone, String email);

}
