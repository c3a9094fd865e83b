package com.interconnect.portal.ordering.web;

import java.util.List;

import com.interconnect.portal.ordering.domain.ConfigurationService;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ports and VXCs of a saved configuration: add, edit and remove them.
 */
@Controller
@RequestMapping("/configurations/{id}")
class ConfigurationItemsController {

	private final ConfigurationService configurations;

	ConfigurationItemsController(ConfigurationService configurations) {
		this.configurations = configurations;
	}

	@PostMapping("/ports")
	String addPort(@AuthenticationPrincipal CurrentUser actor, @PathVariable long id,
			@Valid @ModelAttribute("portForm") PortItemForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (saved(result, () -> this.configurations.addPort(actor, id, form.design()))) {
			return done(redirect, id, "Port " + form.portName().strip() + " is added.");
		}
		return ConfigurationViews.configuration(this.configurations, actor, id, model);
	}

	@PostMapping("/vxcs")
	String addVxc(@AuthenticationPrincipal CurrentUser actor, @PathVariable long id,
			@ModelAttribute("vxcForm") VxcItemForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (saved(result, () -> this.configurations.addVxc(actor, id, form.design()))) {
			return done(redirect, id, "VXC " + form.vxcName().strip() + " is added.");
		}
		return ConfigurationViews.configuration(this.configurations, actor, id, model);
	}

	@GetMapping("/items/{itemId}")
	String edit(@AuthenticationPrincipal CurrentUser actor, @PathVariable long id, @PathVariable long itemId,
			Model model) {
		return ConfigurationViews.item(this.configurations, actor, id, itemId, model);
	}

	@PostMapping("/ports/{itemId}")
	String updatePort(@AuthenticationPrincipal CurrentUser actor, @PathVariable long id, @PathVariable long itemId,
			@Valid @ModelAttribute("portForm") PortItemForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (saved(result, () -> this.configurations.updatePort(actor, id, itemId, form.design()))) {
			return done(redirect, id, "Port " + form.portName().strip() + " is saved.");
		}
		return ConfigurationViews.item(this.configurations, actor, id, itemId, model);
	}

	@PostMapping("/vxcs/{itemId}")
	String updateVxc(@AuthenticationPrincipal CurrentUser actor, @PathVariable long id, @PathVariable long itemId,
			@ModelAttribute("vxcForm") VxcItemForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (saved(result, () -> this.configurations.updateVxc(actor, id, itemId, form.design()))) {
			return done(redirect, id, "VXC " + form.vxcName().strip() + " is saved.");
		}
		return ConfigurationViews.item(this.configurations, actor, id, itemId, model);
	}

	@PostMapping("/items/{itemId}/remove")
	String remove(@AuthenticationPrincipal CurrentUser actor, @PathVariable long id, @PathVariable long itemId,
			RedirectAttributes redirect) {
		List<String> removed = this.configurations.remove(actor, id, itemId);
		return done(redirect, id, "Removed " + String.join(", ", removed) + ".");
	}

	/**
	 * Runs the change unless the form has errors; puts the domain's errors beside the
	 * fields.
	 */
	private static boolean saved(BindingResult result, Runnable change) {
		if (result.hasErrors()) {
			return false;
		}
		try {
			change.run();
			return true;
		}
		catch (InvalidInputException ex) {
			ex.rejectIn(result);
			return false;
		}
	}

	private static String done(RedirectAttributes redirect, long id, String message) {
		redirect.addFlashAttribute("success", message);
		return "redirect:/configurations/" + id;
	}

}
