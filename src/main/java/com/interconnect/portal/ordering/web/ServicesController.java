package com.interconnect.portal.ordering.web;

import com.interconnect.portal.ordering.ServiceCancelled;
import com.interconnect.portal.ordering.ServiceState;
import com.interconnect.portal.ordering.domain.ServiceCancelRefusedException;
import com.interconnect.portal.ordering.domain.ServiceInventory;
import com.interconnect.portal.ordering.domain.ServiceView;
import com.interconnect.portal.ordering.domain.SpeedChange;
import com.interconnect.portal.ordering.domain.SpeedChangeService;
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
 * Services: the company's ports and VXCs, one service with its history, changing a VXC's
 * speed, and cancelling a service (after the user confirmed it on the service's page).
 */
@Controller
@RequestMapping("/services")
class ServicesController {

	private final ServiceInventory inventory;

	private final SpeedChangeService speedChanges;

	ServicesController(ServiceInventory inventory, SpeedChangeService speedChanges) {
		this.inventory = inventory;
		this.speedChanges = speedChanges;
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
		ServiceView service = this.inventory.service(actor, id);
		return view(service,
				(service.speedChange() != null) ? SpeedForm.of(service.speedChange().rateLimitMbps()) : null, model);
	}

	@PostMapping("/{id}/speed")
	String changeSpeed(@AuthenticationPrincipal CurrentUser actor, @PathVariable long id,
			@ModelAttribute("speedForm") SpeedForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			SpeedChange change = this.speedChanges.change(actor, id, form.rateLimit());
			redirect.addFlashAttribute("success", change.summary());
			return "redirect:/services/" + id;
		}
		catch (InvalidInputException ex) {
			ex.rejectIn(result);
			return view(this.inventory.service(actor, id), form, model);
		}
	}

	private static String view(ServiceView service, SpeedForm speedForm, Model model) {
		model.addAttribute("service", service);
		model.addAttribute("speedForm", speedForm);
		return "ordering/service";
	}

	@PostMapping("/{id}/cancel")
	String cancel(@AuthenticationPrincipal CurrentUser actor, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
		this.inventory.requireMayCancel(actor, id);
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
