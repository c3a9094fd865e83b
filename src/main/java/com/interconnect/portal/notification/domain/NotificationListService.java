package com.interconnect.portal.notification.domain;

import java.time.Clock;

import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The in-portal notification list (product.md §7): what was sent to the signed-in user,
 * always their own, whatever the request names.
 */
@Service
@Transactional(readOnly = true)
public class NotificationListService {

	static final int PAGE_SIZE = 25;

	private final OutboundEmailRepository emails;

	private final Clock clock;

	NotificationListService(OutboundEmailRepository emails, Clock clock) {
		this.emails = emails;
		this.clock = clock;
	}

	/**
	 * One page of the user's notifications, newest first, the unread ones marked new.
	 * Reading the list changes nothing; {@link #markAllRead} does.
	 */
	public Page<NotificationView> page(CurrentUser actor, int pageNumber) {
		return this.emails
			.findByUserIdOrderByCreatedAtDescIdDesc(actor.id(), PageRequest.of(Math.max(pageNumber, 0), PAGE_SIZE))
			.map(OutboundEmail::view);
	}

	/** "Mark all as read": the user menu's count goes back to none. */
	@Transactional
	public void markAllRead(CurrentUser actor) {
		this.emails.markRead(actor.id(), this.clock.instant());
	}

	/** One of the user's own notifications; anyone else's is not found. */
	public NotificationDetail get(CurrentUser actor, long notificationId) {
		return this.emails.findByIdAndUserId(notificationId, actor.id())
			.map(OutboundEmail::detail)
			.orElseThrow(() -> new NotFoundException("Notification"));
	}

	/** How many notifications the user has not seen yet, for the user menu. */
	public long unreadCount(CurrentUser actor) {
		return this.emails.countByUserIdAndReadAtIsNull(actor.id());
	}

}
