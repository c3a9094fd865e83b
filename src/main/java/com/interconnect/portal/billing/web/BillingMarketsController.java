package com.interconnect.portal.billing.web;

import com.interconnect.portal.billing.domain.BillingMarketService;
import com.interconnect.portal.billing.domain.BillingMarketView;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.InvalidInputException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Company &gt; Billing Markets, for a company's own users and for the operator's staff.
 */
@Controller
@RequestMapping("/companies/{companyId}/billing-markets")
class BillingMarketsController {

	private final BillingMarketService billing;

	BillingMarketsController(BillingMarketService billing) {
		this.billing = billing;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser actor, @PathVariable long companyId, Model model) {
		model.addAttribute("page", this.billing.page(actor, companyId));
		return "billing/markets";
	}

	@GetMapping("/new")
	String newMarket(@AuthenticationPrincipal CurrentUser actor, @PathVariable long companyId, Model model) {
		return addView(actor, companyId, BillingMarketForm.empty(), model);
	}

	@PostMapping
	String add(@AuthenticationPrincipal CurrentUser actor, @PathVariable long companyId,
			@ModelAttribute("form") BillingMarketForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				BillingMarketView added = this.billing.add(actor, companyId, form.details());
				redirect.addFlashAttribute("success", added.market().name() + " is enabled as a billing market.");
				return "redirect:/companies/" + companyId + "/billing-markets";
			}
			catch (InvalidInputException ex) {
				ex.rejectIn(result);
			}
		}
		return addView(actor, companyId, form, model);
	}

	@GetMapping("/{id}")
	String edit(@AuthenticationPrincipal CurrentUser actor, @PathVariable long companyId, @PathVariable long id,
			Model model) {
		BillingMarketView market = this.billing.get(actor, companyId, id);
		return editView(actor, companyId, market, BillingMarketForm.of(market.details()), model);
	}

	@PostMapping("/{id}")
	String update(@AuthenticationPrincipal CurrentUser actor, @PathVariable long companyId, @PathVariable long id,
			@ModelAttribute("form") BillingMarketForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		BillingMarketView market = this.billing.get(actor, companyId, id);
		if (!result.hasErrors()) {
			try {
				this.billing.update(actor, companyId, id, form.details());
				redirect.addFlashAttribute("success",
						"The billing details for " + market.market().name() + " are saved.");
				return "redirect:/companies/" + companyId + "/billing-markets";
			}
			catch (InvalidInputException ex) {
				ex.rejectIn(result);
			}
		}
		return editView(actor, companyId, market, form, model);
	}

	private String addView(CurrentUser actor, long companyId, BillingMarketForm form, Model model) {
		model.addAttribute("markets", this.billing.availableMarkets(actor, companyId));
		model.addAttribute("company", this.billing.page(actor, companyId).company());
		model.addAttribute("form", form);
		return "billing/market-form";
	}

	private String editView(CurrentUser actor, long companyId, BillingMarketView market, BillingMarketForm form,
			Model model) {
		var page = this.billing.page(actor, companyId);
		model.addAttribute("company", page.company());
		model.addAttribute("canEdit", page.canEdit());
		model.addAttribute("market", market);
		model.addAttribute("form", form);
		return "billing/market-form";
	}

}
