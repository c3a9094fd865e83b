package com.interconnect.portal.partner.web;

import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.partner.domain.ManagedAccountsService;
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
 * Company &gt; Managed Accounts, for the Company Admins of a partner.
 */
@Controller
@RequestMapping("/company/managed-accounts")
class ManagedAccountsController {

	private final ManagedAccountsService managedAccounts;

	ManagedAccountsController(ManagedAccountsService managedAccounts) {
		this.managedAccounts = managedAccounts;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser actor, @RequestParam(name = "q", required = false) String query,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", this.managedAccounts.list(actor, query, page));
		model.addAttribute("q", query);
		return "partner/managed-accounts";
	}

	@GetMapping("/new")
	String newAccount(@AuthenticationPrincipal CurrentUser actor, Model model) {
		return formView(this.managedAccounts.partnerOf(actor), ManagedAccountForm.empty(), model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal CurrentUser actor, @Valid @ModelAttribute("form") ManagedAccountForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		CompanySummary partner = this.managedAccounts.partnerOf(actor);
		if (!result.hasErrors()) {
			try {
				CompanySummary created = this.managedAccounts.create(actor, form.request());
				redirect.addFlashAttribute("success", created.name() + " is added. We emailed "
						+ form.firstAdminEmail().strip().toLowerCase() + " an invitation to set up their login.");
				return "redirect:/company/managed-accounts/" + created.id();
			}
			catch (InvalidInputException ex) {
				ex.rejectIn(result);
			}
		}
		return formView(partner, form, model);
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser actor, @PathVariable long id, Model model) {
		model.addAttribute("view", this.managedAccounts.get(actor, id));
		model.addAttribute("user", actor);
		return "partner/managed-account";
	}

	private String formView(CompanySummary partner, ManagedAccountForm form, Model model) {
		model.addAttribute("partner", partner);
		model.addAttribute("supporters", ManagedAccountsService.supporters());
		model.addAttribute("form", form);
		return "partner/managed-account-form";
	}

}
