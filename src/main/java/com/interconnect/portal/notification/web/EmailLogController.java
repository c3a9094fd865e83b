package com.interconnect.portal.notification.web;

import com.interconnect.portal.notification.NotificationGroup;
import com.interconnect.portal.notification.domain.EmailLogRow;
import com.interconnect.portal.notification.domain.EmailLogService;
import com.interconnect.portal.notification.domain.EmailStatus;
import com.interconnect.portal.notification.domain.ResendRefusedException;
import com.interconnect.portal.shared.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator's Email Log: every outbound email with its status, searched and filtered,
 * one email's details, and "Resend" for a failed one.
 */
@Controller
@RequestMapping("/operator/email-log")
class EmailLogController {

	private final EmailLogService log;

	EmailLogController(EmailLogService log) {
		this.log = log;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser actor, @RequestParam(name = "q", required = false) String query,
			@RequestParam(required = false) EmailStatus status, @RequestParam(required = false) NotificationGroup group,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("emails", this.log.page(actor, query, status, group, page));
		model.addAttribute("q", query);
		model.addAttribute("status", status);
		model.addAttribute("group", group);
		model.addAttribute("statuses", EmailStatus.values());
		model.addAttribute("groups", NotificationGroup.values());
		return "notification/email-log";
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser actor, @PathVariable long id, Model model) {
		model.addAttribute("entry", this.log.entry(actor, id));
		return "notification/email";
	}

	@PostMapping("/{id}/resend")
	String resend(@AuthenticationPrincipal CurrentUser actor, @PathVariable long id, RedirectAttributes redirect) {
		try {
			EmailLogRow email = this.log.resend(actor, id);
			redirect.addFlashAttribute("success", "The email to " + email.recipient() + " will be sent again.");
		}
		catch (ResendRefusedException ex) {
			redirect.addFlashAttribute("failure", ex.getMessage());
		}
		return "redirect:/operator/email-log/" + id;
	}

}
