package com.interconnect.portal.account;

import java.util.Collection;
import java.util.Map;

/**
 * Implemented by each module that owns a part of account setup. It answers for a whole
 * page of companies at once, in a few queries whatever the page's size.
 */
public interface SetupItemSource {

	/**
	 * @return the item of each company by its id; a company the item does not apply to
	 * (for example support details that §2 does not require) is left out
	 */
	Map<Long, SetupItem> itemsFor(Collection<CompanySummary> companies);

}
