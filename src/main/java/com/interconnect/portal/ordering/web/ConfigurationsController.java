package com.interconnect.portal.ordering.web;

import java.util.ArrayList;
import java.util.List;

import com.interconnect.portal.ordering.domain.ConfigurationService;
import com.interconnect.portal.ordering.domain.OrderDecision;
import com.interconnect.portal.ordering.domain.OrderPlacement;
import com.interconnect.portal.ordering.domain.OrderRefusedException;
import com.interconnect.portal.ordering.domain.OrderService;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
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
 * Saved configurations: the list, a configuration with its prices, renaming it, and
 * ordering it. A refused order shows the configuration again, unchanged, with the reasons
 * (409 Conflict).
 */
@Controller
@RequestMapping("/configurations")
class ConfigurationsController {

	private final ConfigurationService configurations;

	private final OrderService orders;

	ConfigurationsController(ConfigurationService configurations, OrderService orders) {
		this.configurations = configurations;
		this.orders = orders;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser actor, @PageableDefault(size = 25) Pageable pageable,
			Model model) {
		model.addAttribute("configurations", this.configurations.list(actor, pageable));
		model.addAttribute("canDesign", this.configurations.canDesign(actor));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ConfigurationNameForm.empty());
		}
		return "ordering/configurations";
	}

	@PostMapping
	String create(@AuthenticationPrincipal CurrentUser actor, @Valid @ModelAttribute("form") ConfigurationNameForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				long id = this.configurations.create(actor, form.name());
				redirect.addFlashAttribute("success", "Configuration " + form.name().strip() + " is saved.");
				return "redirect:/configurations/" + id;
			}
			catch (InvalidInputException ex) {
				ex.rejectIn(result);
			}
		}
		return list(actor, Pageable.ofSize(25), model);
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser actor, @PathVariable long id, Model model) {
		return ConfigurationViews.configuration(this.configurations, actor, id, model);
	}

	@PostMapping("/{id}")
	String rename(@AuthenticationPrincipal CurrentUser actor, @PathVariable long id,
			@Valid @ModelAttribute("form") ConfigurationNameForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.configurations.rename(actor, id, form.name());
				redirect.addFlashAttribute("success", "Configuration " + form.name().strip() + " is saved.");
				return "redirect:/configurations/" + id;
			}
			catch (InvalidInputException ex) {
				ex.rejectIn(result);
			}
		}
		return ConfigurationViews.configuration(this.configurations, actor, id, model);
	}

	@PostMapping("/{id}/order")
	String order(@AuthenticationPrincipal CurrentUser actor, @PathVariable long id, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("success", placedMessage(this.orders.place(actor, id)));
			return "redirect:/services";
		}
		catch (OrderRefusedException ex) {
			model.addAttribute("refused", ex.decision());
		}
		catch (InvalidInputException ex) {
			model.addAttribute("refused",
					new OrderDecision(ex.fieldErrors().values().stream().map(OrderDecision.Reason::of).toList()));
		}
		response.setStatus(HttpStatus.CONFLICT.value());
		return ConfigurationViews.configuration(this.configurations, actor, id, model);
	}

	/**
	 * "Order placed: 2 services are being provisioned; 1 VXC is waiting for the approval
	 * of the port's owner."
	 */
	private static String placedMessage(OrderPlacement placed) {
		List<String> parts = new ArrayList<>();
		if (placed.provisioning() > 0) {
			parts.add(placed.provisioning() + ((placed.provisioning() == 1) ? " service is" : " services are")
					+ " being provisioned");
		}
		if (placed.awaitingApproval() > 0) {
			parts.add(placed.awaitingApproval() + ((placed.awaitingApproval() == 1) ? " VXC is" : " VXCs are")
					+ " waiting for the approval of the port's owner, and billed only once accepted");
		}
		return "Order placed: " + String.join("; ", parts) + ".";
	}

}
