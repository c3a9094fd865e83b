package com.interconnect.portal.operator.web;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SupportedBy;
import com.interconnect.portal.operator.domain.BackOfficeService;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.InvalidInputException;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office's Companies: search, create, and one company's setup.
 */
@Controller
@RequestMapping("/operator/companies")
class BackOfficeController {

	private final BackOfficeService backOffice;

	BackOfficeController(BackOfficeService backOffice) {
		this.backOffice = backOffice;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser actor, @RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "type", required = false) AccountType type, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("companies", this.backOffice.search(actor, query, type, page));
		model.addAttribute("q", query);
		model.addAttribute("type", type);
		model.addAttribute("types", AccountType.values());
		return "operator/companies";
	}

	@GetMapping("/new")
	String newCompany(@AuthenticationPrincipal CurrentUser actor, Model model) {
		return formView(actor, CompanyForm.empty(), model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal CurrentUser actor, @Valid @ModelAttribute("form") CompanyForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				CompanySummary created = this.backOffice.create(actor, form.request());
				redirect.addFlashAttribute("success", created.name() + " is created.");
				return "redirect:/operator/companies/" + created.id();
			}
			catch (InvalidInputException ex) {
				ex.rejectIn(result);
			}
		}
		return formView(actor, form, model);
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser actor, @PathVariable long id, Model model) {
		return companyView(actor, id, FirstAdminForm.empty(), model);
	}

	@PostMapping("/{id}/first-admin")
	String inviteFirstAdmin(@AuthenticationPrincipal CurrentUser actor, @PathVariable long id,
			@Valid @ModelAttribute("adminForm") FirstAdminForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.backOffice.inviteFirstAdmin(actor, id, form.firstAdminEmail(), form.firstAdminName());
				redirect.addFlashAttribute("success",
						"Invitation sent to " + form.firstAdminEmail().strip() + ", the first Company Admin.");
				return "redirect:/operator/companies/" + id;
			}
			catch (InvalidInputException ex) {
				ex.rejectIn(result);
			}
		}
		return companyView(actor, id, form, model);
	}

	private String companyView(CurrentUser actor, long id, FirstAdminForm form, Model model) {
		model.addAttribute("page", this.backOffice.page(actor, id));
		model.addAttribute("user", actor);
		model.addAttribute("adminForm", form);
		return "operator/company";
	}

	private String formView(CurrentUser actor, CompanyForm form, Model model) {
		model.addAttribute("partners", this.backOffice.partners(actor));
		model.addAttribute("types", BackOfficeService.CREATABLE_TYPES);
		model.addAttribute("supporters", SupportedBy.values());
		model.addAttribute("supportRules", BackOfficeService.SUPPORT_RULES);
		model.addAttribute("form", form);
		return "operator/company-form";
	}

}
