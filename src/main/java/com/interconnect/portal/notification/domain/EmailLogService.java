package com.interconnect.portal.notification.domain;

import java.time.Clock;

import com.interconnect.portal.notification.EmailLogPermissions;
import com.interconnect.portal.notification.NotificationGroup;
import com.interconnect.portal.shared.CappedPage;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Forbidden;
import com.interconnect.portal.shared.LikePattern;
import com.interconnect.portal.shared.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operator's email log (product.md §7): every outbound email with its status,
 * attempts and last error, and sending a failed one again. For Operator Admins only. It
 * shows subjects, and a body only where {@link OutboundEmail#bodyShown()} allows: never
 * an invitation's.
 */
@Service
@Transactional(readOnly = true)
public class EmailLogService {

	static final int PAGE_SIZE = 25;

	private final EmailLogRepository emails;

	private final Clock clock;

	EmailLogService(EmailLogRepository emails, Clock clock) {
		this.emails = emails;
		this.clock = clock;
	}

	/**
	 * One page of emails, newest first.
	 * @param query part of the recipient or the subject (case-insensitive), or blank
	 * @param status only emails with this status, or null for all
	 * @param group only emails of this group, or null for all
	 */
	public Page<EmailLogRow> page(CurrentUser actor, String query, EmailStatus status, NotificationGroup group,
			int pageNumber) {
		requireEmailLog(actor);
		String pattern = (query != null && !query.isBlank()) ? LikePattern.containing(query) : null;
		Pageable pageable = PageRequest.of(Math.max(pageNumber, 0), PAGE_SIZE);
		return CappedPage
			.of(this.emails.page(pattern, status, group, pageable), pageable,
					this.emails.countUpTo(pattern, status, group, CappedPage.countLimit(pageable)))
			.map(OutboundEmail::logRow);
	}

	/** One email, with its text body unless that is withheld. */
	public EmailLogEntry entry(CurrentUser actor, long emailId) {
		requireEmailLog(actor);
		OutboundEmail email = this.emails.findById(emailId).orElseThrow(() -> new NotFoundException("Email"));
		return new EmailLogEntry(email.logRow(), email.bodyShown() ? email.textBody() : null);
	}

	/**
	 * Sends a failed email again: it is pending and due at once, and the log records who
	 * resent it and when.
	 * @throws ResendRefusedException if it has not failed
	 */
	@Transactional
	public EmailLogRow resend(CurrentUser actor, long emailId) {
		requireEmailLog(actor);
		OutboundEmail email = this.emails.lockById(emailId).orElseThrow(() -> new NotFoundException("Email"));
		email.resend(actor.id(), actor.fullName(), this.clock.instant());
		return email.logRow();
	}

	private static void requireEmailLog(CurrentUser actor) {
		Forbidden.unless(EmailLogPermissions.canViewEmailLog(actor),
				"Only Operator Admins can see the email log: it holds every company's emails.");
	}

}
