package com.interconnect.portal.marketplace;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A Company Admin saved the company's Marketplace Profile with changes (or created it).
 * The profile is described field by field, each field's label to its value as the portal
 * shows it, in the order of the page.
 *
 * @param companyId the company
 * @param actorId the Company Admin who saved it
 * @param actorName their name
 * @param before the profile before, empty when it was created
 * @param after the profile after
 */
public record MarketplaceProfileChanged(long companyId, long actorId, String actorName, Map<String, String> before,
		Map<String, String> after) {

	/** Whether the company had no profile before. */
	public boolean added() {
		return this.before.isEmpty();
	}

	/** The labels of the fields whose value changed, in the order of the page. */
	public Set<String> changedFields() {
		return this.after.keySet()
			.stream()
			.filter((field) -> !Objects.equals(this.before.get(field), this.after.get(field)))
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

}
