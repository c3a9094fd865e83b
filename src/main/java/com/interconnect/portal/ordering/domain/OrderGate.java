package com.interconnect.portal.ordering.domain;

import java.util.ArrayList;
import java.util.List;

import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.SetupItem;
import com.interconnect.portal.account.SetupStatus;
import com.interconnect.portal.ordering.Ordering;
import com.interconnect.portal.ordering.OrderingPermissions;
import com.interconnect.portal.shared.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * Order gating (product.md §5): an order needs a Company Admin or Technical Admin, and a
 * company that has provisioned services or has completed its setup. The same decision
 * disables the Order button and refuses a direct order request.
 */
@Component
public class OrderGate {

	static final String ROLE_REASON = "Only a Company Admin or a Technical Admin can place orders.";

	private final Accounts accounts;

	private final Ordering ordering;

	OrderGate(Accounts accounts, Ordering ordering) {
		this.accounts = accounts;
		this.ordering = ordering;
	}

	/** Whether the actor may order for the company, and if not, why. */
	public OrderDecision decide(CurrentUser actor, long companyId) {
		List<OrderDecision.Reason> reasons = new ArrayList<>();
		if (actor.companyId() != companyId || !OrderingPermissions.canOrder(actor)) {
			reasons.add(OrderDecision.Reason.of(ROLE_REASON));
		}
		if (!this.ordering.hasProvisionedServices(companyId)) {
			SetupStatus setup = this.accounts.setupStatusOf(companyId);
			for (SetupItem item : setup.missing()) {
				reasons.add(reasonFor(item, actor));
			}
		}
		return new OrderDecision(reasons);
	}

	/**
	 * Like the dashboard's checklist: a link for who can fix it, who can for the others.
	 */
	private static OrderDecision.Reason reasonFor(SetupItem item, CurrentUser actor) {
		String what = item.name().toLowerCase();
		if (item.canFix().test(actor)) {
			return new OrderDecision.Reason("Add " + what, item.fixUrl());
		}
		return OrderDecision.Reason.of(item.name() + ": ask " + item.whoCanFix() + " to add it.");
	}

}
