package com.interconnect.portal.marketplace.web;

import com.interconnect.portal.marketplace.domain.ProfileService;
import com.interconnect.portal.marketplace.domain.ServiceType;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.InvalidInputException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Company > Marketplace Profile: the Company Admin edits it, the company's other users
 * see it.
 */
@Controller
@RequestMapping("/company/marketplace-profile")
class ProfileController {

	private final ProfileService profiles;

	ProfileController(ProfileService profiles) {
		this.profiles = profiles;
	}

	@GetMapping
	String show(@AuthenticationPrincipal CurrentUser actor, Model model) {
		return page(actor, model, null);
	}

	@PostMapping
	String save(@AuthenticationPrincipal CurrentUser actor, @ModelAttribute("form") ProfileForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.profiles.save(actor, form.data());
				redirect.addFlashAttribute("success", "Marketplace profile saved.");
				return "redirect:/company/marketplace-profile";
			}
			catch (InvalidInputException ex) {
				ex.rejectIn(result);
			}
		}
		return page(actor, model, form);
	}

	private String page(CurrentUser actor, Model model, ProfileForm form) {
		var profile = this.profiles.get(actor);
		model.addAttribute("profile", profile);
		model.addAttribute("form", (form != null) ? form : ProfileForm.of(profile.data()));
		model.addAttribute("serviceTypes", ServiceType.values());
		return "marketplace/profile";
	}

}
