package com.interconnect.portal.marketplace.web;

import com.interconnect.portal.marketplace.domain.MarketplaceService;
import com.interconnect.portal.marketplace.domain.ServiceType;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Marketplace: browse and search providers, a provider's listed ports, and "Request
 * connection" to one of them.
 */
@Controller
@RequestMapping("/marketplace")
class MarketplaceController {

	private final MarketplaceService marketplace;

	MarketplaceController(MarketplaceService marketplace) {
		this.marketplace = marketplace;
	}

	@GetMapping
	String browse(@AuthenticationPrincipal CurrentUser actor, @RequestParam(name = "q", required = false) String query,
			@RequestParam(required = false) ServiceType type, @RequestParam(required = false) String location,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("providers", this.marketplace.search(actor, query, type, location, page));
		model.addAttribute("q", query);
		model.addAttribute("type", type);
		model.addAttribute("location", location);
		model.addAttribute("serviceTypes", ServiceType.values());
		return "marketplace/browse";
	}

	@GetMapping("/providers/{id}")
	String provider(@AuthenticationPrincipal CurrentUser actor, @PathVariable long id, Model model) {
		model.addAttribute("page", this.marketplace.provider(actor, id));
		return "marketplace/provider";
	}

	@GetMapping("/ports/{portId}/connect")
	String connectForm(@AuthenticationPrincipal CurrentUser actor, @PathVariable long portId, Model model) {
		var page = this.marketplace.connect(actor, portId);
		model.addAttribute("page", page);
		model.addAttribute("form", ConnectForm.empty(page.providerName(), page.choices().newConfigurationName()));
		return "marketplace/connect";
	}

	@PostMapping("/ports/{portId}/connect")
	String connect(@AuthenticationPrincipal CurrentUser actor, @PathVariable long portId,
			@ModelAttribute("form") ConnectForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				long configuration = this.marketplace.requestConnection(actor, portId, form.design(portId));
				redirect.addFlashAttribute("success", "VXC " + form.vxcName().strip()
						+ " is added. Order the configuration to send the connection request.");
				return "redirect:/configurations/" + configuration;
			}
			catch (InvalidInputException ex) {
				ex.rejectIn(result);
			}
		}
		model.addAttribute("page", this.marketplace.connect(actor, portId));
		return "marketplace/connect";
	}

}
