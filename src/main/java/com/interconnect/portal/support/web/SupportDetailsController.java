package com.interconnect.portal.support.web;

import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.InvalidInputException;
import com.interconnect.portal.support.domain.SupportDetailsPage;
import com.interconnect.portal.support.domain.SupportDetailsService;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Company &gt; Technical Support Details (the user's own page), and the same page for a
 * company that a partner manages or that the operator's staff look after.
 */
@Controller
class SupportDetailsController {

	private final SupportDetailsService support;

	SupportDetailsController(SupportDetailsService support) {
		this.support = support;
	}

	@GetMapping("/company/support-details")
	String ownPage(@AuthenticationPrincipal CurrentUser actor, Model model) {
		return companyPage(actor, this.support.ownPageCompanyId(actor), model);
	}

	@GetMapping("/companies/{companyId}/support-details")
	String companyPage(@AuthenticationPrincipal CurrentUser actor, @PathVariable long companyId, Model model) {
		SupportDetailsPage page = this.support.page(actor, companyId);
		return view(page, SupportDetailsForm.of(page.details()), model);
	}

	@PostMapping("/companies/{companyId}/support-details")
	String save(@AuthenticationPrincipal CurrentUser actor, @PathVariable long companyId,
			@ModelAttribute("form") SupportDetailsForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			this.support.save(actor, companyId, form.supportPhone(), form.supportEmail());
		}
		catch (InvalidInputException ex) {
			ex.rejectIn(result);
			return view(this.support.page(actor, companyId), form, model);
		}
		redirect.addFlashAttribute("success", "Technical support details saved.");
		return (companyId == actor.companyId()) ? "redirect:/company/support-details"
				: "redirect:/companies/" + companyId + "/support-details";
	}

	private String view(SupportDetailsPage page, SupportDetailsForm form, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("form", form);
		return "support/details";
	}

}
