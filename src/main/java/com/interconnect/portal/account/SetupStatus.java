package com.interconnect.portal.account;

import java.util.List;

/**
 * Whether a company's account setup is complete (product.md §5): support details where §2
 * requires them, and a billing market of its own or, for a managed company, of its
 * partner.
 */
public record SetupStatus(long companyId, List<SetupItem> items) {

	public boolean complete() {
		return this.items.stream().allMatch(SetupItem::done);
	}

	public List<SetupItem> missing() {
		return this.items.stream().filter((item) -> !item.done()).toList();
	}

}
