package com.interconnect.portal.notification.web;

import com.interconnect.portal.notification.domain.NotificationListService;
import com.interconnect.portal.shared.CurrentUser;

import org.springframework.data.util.Lazy;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the signed-in user's unread notification count, for the user menu.
 */
@ControllerAdvice
class UnreadNotificationsAdvice {

	private final NotificationListService notifications;

	UnreadNotificationsAdvice(NotificationListService notifications) {
		this.notifications = notifications;
	}

	/** Counted only when a page is rendered, not for a redirect. */
	@ModelAttribute("unreadNotifications")
	Lazy<Long> unreadNotifications(@AuthenticationPrincipal CurrentUser user) {
		return (user != null) ? Lazy.of(() -> this.notifications.unreadCount(user)) : null;
	}

}
