package com.interconnect.portal.notification.domain;

import java.util.List;
import java.util.Map;

import com.interconnect.portal.marketplace.MarketplaceProfileChanged;
import com.interconnect.portal.notification.NotificationGroup;
import com.interconnect.portal.shared.PhoneNumbers;
import com.interconnect.portal.support.SupportDetailsChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Company (product.md §7): the company's subscribers learn that its technical support
 * details or its Marketplace profile were added or changed, old and new. Synchronous, in
 * the transaction of the change.
 */
@Component
class CompanyEmails {

	private final GroupEmails emails;

	CompanyEmails(GroupEmails emails) {
		this.emails = emails;
	}

	@EventListener
	void on(SupportDetailsChanged event) {
		this.emails
			.draft(NotificationGroup.COMPANY, event.added() ? "SUPPORT_DETAILS_ADDED" : "SUPPORT_DETAILS_CHANGED",
					event.companyId(), "company-support-details")
			.subject(event.added() ? "Technical support details added" : "Technical support details changed")
			.link("/company/support-details", "Technical Support Details")
			.with("added", event.added())
			.with("actorName", event.actorName())
			.with("oldPhone", phone(event.oldPhone()))
			.with("newPhone", phone(event.newPhone()))
			.with("oldEmail", event.oldEmail())
			.with("newEmail", event.newEmail())
			.send();
	}

	/**
	 * The fields that changed, before and after. A profile being created is no change (§7
	 * names only "marketplace profile changed"); the audit log records both.
	 */
	@EventListener
	void on(MarketplaceProfileChanged event) {
		if (event.added()) {
			return;
		}
		List<Map<String, String>> changes = event.changedFields()
			.stream()
			.map((field) -> Map.of("field", field, "before", event.before().get(field), "after",
					event.after().get(field)))
			.toList();
		this.emails
			.draft(NotificationGroup.COMPANY, "MARKETPLACE_PROFILE_CHANGED", event.companyId(),
					"company-marketplace-profile")
			.subject("Marketplace profile changed")
			.link("/company/marketplace-profile", "Marketplace Profile")
			.with("actorName", event.actorName())
			.with("changes", changes)
			.send();
	}

	private static String phone(String e164) {
		return (e164 != null) ? PhoneNumbers.international(e164) : null;
	}

}
