package com.interconnect.portal.notification.domain;

import com.interconnect.portal.notification.NotificationGroup;
import com.interconnect.portal.shared.PhoneNumbers;
import com.interconnect.portal.support.SupportDetailsChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Company (product.md §7): the company's subscribers learn that its technical support
 * details were added or changed, old and new. Synchronous, in the transaction of the
 * change.
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

	private static String phone(String e164) {
		return (e164 != null) ? PhoneNumbers.international(e164) : null;
	}

}
