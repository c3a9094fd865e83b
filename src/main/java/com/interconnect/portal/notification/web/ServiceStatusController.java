package com.interconnect.portal.notification.web;

import com.interconnect.portal.notification.domain.NoticeKind;
import com.interconnect.portal.notification.domain.NoticeRow;
import com.interconnect.portal.notification.domain.ServiceStatusService;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.InvalidInputException;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator's Service Status: the notices posted so far and "Post notice", which
 * emails the Service Status subscribers of the companies with a port at its locations.
 */
@Controller
@RequestMapping("/operator/service-status")
class ServiceStatusController {

	private final ServiceStatusService serviceStatus;

	ServiceStatusController(ServiceStatusService serviceStatus) {
		this.serviceStatus = serviceStatus;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser actor, @RequestParam(defaultValue = "0") int page, Model model) {
		return view(actor, NoticeForm.empty(), page, model);
	}

	@PostMapping
	String post(@AuthenticationPrincipal CurrentUser actor, @Valid @ModelAttribute("form") NoticeForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				NoticeRow notice = this.serviceStatus.post(actor, form.notice());
				redirect.addFlashAttribute("success",
						notice.kind().label() + " notice posted: " + count(notice.emailsQueued(), "email")
								+ " to the subscribers of " + count(notice.companiesNotified(), "company") + ".");
				return "redirect:/operator/service-status";
			}
			catch (InvalidInputException ex) {
				ex.rejectIn(result);
			}
		}
		return view(actor, form, 0, model);
	}

	private static String count(int count, String noun) {
		if (count == 1) {
			return "1 " + noun;
		}
		return count + " " + (noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
	}

	private String view(CurrentUser actor, NoticeForm form, int page, Model model) {
		model.addAttribute("notices", this.serviceStatus.notices(actor, page));
		model.addAttribute("locations", this.serviceStatus.locations(actor));
		model.addAttribute("kinds", NoticeKind.values());
		model.addAttribute("form", form);
		return "notification/service-status";
	}

}
