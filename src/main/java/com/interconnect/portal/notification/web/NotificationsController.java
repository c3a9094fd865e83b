package com.interconnect.portal.notification.web;

import com.interconnect.portal.notification.domain.NotificationListService;
import com.interconnect.portal.shared.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * User menu &gt; Notifications: what was sent to the signed-in user, newest first. "Mark
 * all as read" (a POST: opening a page changes nothing) clears the unread count.
 */
@Controller
class NotificationsController {

	private final NotificationListService notifications;

	NotificationsController(NotificationListService notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifications")
	String list(@AuthenticationPrincipal CurrentUser actor, @RequestParam(name = "page", defaultValue = "0") int page,
			Model model) {
		model.addAttribute("notifications", this.notifications.page(actor, page));
		return "notification/list";
	}

	@PostMapping("/notifications/read")
	String markAllRead(@AuthenticationPrincipal CurrentUser actor) {
		this.notifications.markAllRead(actor);
		return "redirect:/notifications";
	}

	@GetMapping("/notifications/{id}")
	String notification(@AuthenticationPrincipal CurrentUser actor, @PathVariable long id, Model model) {
		model.addAttribute("notification", this.notifications.get(actor, id));
		return "notification/notification";
	}

}
