package com.interconnect.portal.notification.domain;

import com.interconnect.portal.notification.NotificationGroup;
import com.interconnect.portal.user.AccountLocked;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Security (product.md §7): the user concerned, always, and the company's subscribers.
 * Synchronous, in the transaction that counted the failed log-in.
 */
@Component
class SecurityEmails {

	private final GroupEmails emails;

	SecurityEmails(GroupEmails emails) {
		this.emails = emails;
	}

	@EventListener
	void on(AccountLocked event) {
		this.emails.draft(NotificationGroup.SECURITY, "ACCOUNT_LOCKED", event.companyId(), "security-account-locked")
			.subject("Account locked after failed log-ins: " + event.email())
			.link("/login", "Go to the log-in page")
			.alsoTo(event.userId(), "it is about your own account")
			.with("email", event.email())
			.with("lockedUntil", GroupEmails.format(event.lockedUntil()))
			.send();
	}

}
