package com.interconnect.portal.account;

import java.util.Optional;

/**
 * Implemented by each module that owns a part of account setup; empty when the item does
 * not apply to the company (for example support details that §2 does not require).
 */
public interface SetupItemSource {

	Optional<SetupItem> itemFor(CompanySummary company);

}
