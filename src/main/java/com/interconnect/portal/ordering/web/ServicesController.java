package com.interconnect.portal.ordering.web;

import com.interconnect.portal.ordering.ServiceCancelled;
import com.interconnect.portal.ordering.ServiceState;
import com.interconnect.portal.ordering.domain.ServiceCancelRefusedException;
import com.interconnect.portal.ordering.domain.ServiceInventory;
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
 * Services: the company's ports and VXCs, one service with its history, and cancelling it
 * (after the user confirmed it on the service's page).
 */
@Controller
@RequestMapping("/services")
class ServicesController {

	private final ServiceInventory inventory;

	ServicesController(ServiceInventory inventory) {
		this.inventory = inventory;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser actor, @RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "state", required = false) ServiceState state,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("services", this.inventory.page(actor, query, state, page));
		model.addAttribute("q", query);
		model.addAttribute("state", state);
		model.addAttribute("states", ServiceState.values());
		return "ordering/services";
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser actor, @PathVariable long id, Model model) {
		model.addAttribute("service", this.inventory.service(actor, id));
		return "ordering/service";
	}

	@PostMapping("/{id}/cancel")
	String cancel(@AuthenticationPrincipal CurrentUser actor, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
		if (!confirm) {
			redirect.addFlashAttribute("failure", "Tick “Yes, cancel this service” to confirm: nothing was cancelled.");
			return "redirect:/services/" + id;
		}
		try {
			ServiceCancelled cancelled = this.inventory.cancel(actor, id);
			redirect.addFlashAttribute("success", cancelled.kind().label() + " " + cancelled.name() + " is cancelled.");
		}
		catch (ServiceCancelRefusedException ex) {
			redirect.addFlashAttribute("failure", ex.getMessage());
		}
		return "redirect:/services/" + id;
	}

}
