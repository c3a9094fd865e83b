package com.interconnect.portal.ordering.web;

import com.interconnect.portal.catalog.PortSpeed;
import com.interconnect.portal.catalog.Term;
import com.interconnect.portal.ordering.domain.ConfigurationItemDetails;
import com.interconnect.portal.ordering.domain.ConfigurationPage;
import com.interconnect.portal.ordering.domain.ConfigurationService;
import com.interconnect.portal.shared.CurrentUser;

import org.springframework.ui.Model;

/**
 * The configuration page and an item's page with all their forms, keeping the one the
 * user just submitted with its errors.
 */
final class ConfigurationViews {

	private ConfigurationViews() {
	}

	static String configuration(ConfigurationService configurations, CurrentUser actor, long id, Model model) {
		ConfigurationPage page = configurations.get(actor, id);
		model.addAttribute("configuration", page);
		choices(model);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new ConfigurationNameForm(page.name()));
		}
		if (!model.containsAttribute("portForm")) {
			model.addAttribute("portForm", PortItemForm.empty());
		}
		if (!model.containsAttribute("vxcForm")) {
			model.addAttribute("vxcForm", VxcItemForm.empty());
		}
		return "ordering/configuration";
	}

	static String item(ConfigurationService configurations, CurrentUser actor, long id, long itemId, Model model) {
		ConfigurationItemDetails details = configurations.item(actor, id, itemId);
		model.addAttribute("configuration", configurations.get(actor, id));
		model.addAttribute("details", details);
		choices(model);
		if (details.port() != null && !model.containsAttribute("portForm")) {
			model.addAttribute("portForm", PortItemForm.of(details.port()));
		}
		if (details.vxc() != null && !model.containsAttribute("vxcForm")) {
			model.addAttribute("vxcForm", VxcItemForm.of(details.vxc()));
		}
		return "ordering/configuration-item";
	}

	private static void choices(Model model) {
		model.addAttribute("speeds", PortSpeed.values());
		model.addAttribute("terms", Term.values());
	}

}
