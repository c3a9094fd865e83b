package com.interconnect.portal.marketplace.web;

import com.interconnect.portal.marketplace.domain.MarketplaceService;
import com.interconnect.portal.ordering.ConnectionDesigns.ConnectionChoices;
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
 * Marketplace > "Connect with a service key": a VXC to the port of a key a provider gave
 * the customer, as an alternative to choosing a listed port.
 */
@Controller
@RequestMapping("/marketplace/service-key")
class ServiceKeyConnectController {

	private final MarketplaceService marketplace;

	ServiceKeyConnectController(MarketplaceService marketplace) {
		this.marketplace = marketplace;
	}

	@GetMapping
	String form(@AuthenticationPrincipal CurrentUser actor, Model model) {
		ConnectionChoices choices = this.marketplace.serviceKeyChoices(actor);
		model.addAttribute("form", ServiceKeyConnectForm.empty(choices.newConfigurationName()));
		return page(choices, model);
	}

	@PostMapping
	String connect(@AuthenticationPrincipal CurrentUser actor, @ModelAttribute("form") ServiceKeyConnectForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				long configuration = this.marketplace.connectWithServiceKey(actor, form.design());
				redirect.addFlashAttribute("success", "VXC " + form.vxcName().strip()
						+ " is added with the service key. Order the configuration to make the connection.");
				return "redirect:/configurations/" + configuration;
			}
			catch (InvalidInputException ex) {
				ex.rejectIn(result);
			}
		}
		return page(this.marketplace.serviceKeyChoices(actor), model);
	}

	private String page(ConnectionChoices choices, Model model) {
		model.addAttribute("choices", choices);
		return "marketplace/connect-key";
	}

}
