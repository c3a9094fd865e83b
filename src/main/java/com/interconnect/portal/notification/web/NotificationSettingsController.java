package com.interconnect.portal.notification.web;

import java.util.List;

import com.interconnect.portal.notification.NotificationGroup;
import com.interconnect.portal.notification.domain.NotificationSettingsService;
import com.interconnect.portal.shared.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * User menu &gt; Notification Settings: one checkbox per group. The checked boxes are the
 * groups the user keeps; Security and People stay on whatever is posted.
 */
@Controller
@RequestMapping("/account/notifications")
class NotificationSettingsController {

	private final NotificationSettingsService settings;

	NotificationSettingsController(NotificationSettingsService settings) {
		this.settings = settings;
	}

	@GetMapping
	String show(@AuthenticationPrincipal CurrentUser actor, Model model) {
		model.addAttribute("settings", this.settings.settings(actor));
		return "notification/settings";
	}

	@PostMapping
	String save(@AuthenticationPrincipal CurrentUser actor,
			@RequestParam(name = "groups", required = false) List<NotificationGroup> groups,
			RedirectAttributes redirect) {
		this.settings.save(actor, (groups != null) ? groups : List.of());
		redirect.addFlashAttribute("success", "Notification settings saved.");
		return "redirect:/account/notifications";
	}

}
