package com.interconnect.portal.marketplace.web;

import java.time.Clock;
import java.time.LocalDate;

import com.interconnect.portal.marketplace.domain.ServiceKeyService;
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
 * Company > Service Keys: the provider's keys, a new key, one key's uses, and
 * deactivating a key.
 */
@Controller
@RequestMapping("/company/service-keys")
class ServiceKeysController {

	private final ServiceKeyService keys;

	private final Clock clock;

	ServiceKeysController(ServiceKeyService keys, Clock clock) {
		this.keys = keys;
		this.clock = clock;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser actor, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("form", ServiceKeyForm.empty(LocalDate.now(this.clock)));
		return page(actor, page, model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal CurrentUser actor, @ModelAttribute("form") ServiceKeyForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				long id = this.keys.create(actor, form.data());
				redirect.addFlashAttribute("success", "Service key created.");
				return "redirect:/company/service-keys/" + id;
			}
			catch (InvalidInputException ex) {
				ex.rejectIn(result);
			}
		}
		return page(actor, 0, model);
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser actor, @PathVariable long id,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", this.keys.get(actor, id, page));
		return "marketplace/service-key";
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@AuthenticationPrincipal CurrentUser actor, @PathVariable long id, RedirectAttributes redirect) {
		try {
			this.keys.deactivate(actor, id);
			redirect.addFlashAttribute("success", "Service key deactivated: it can no longer be used.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("failure", ex.fieldErrors().values().iterator().next());
		}
		return "redirect:/company/service-keys/" + id;
	}

	private String page(CurrentUser actor, int page, Model model) {
		model.addAttribute("keys", this.keys.page(actor, page));
		return "marketplace/service-keys";
	}

}
