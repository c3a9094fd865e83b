package com.interconnect.portal.web;

import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.ordering.Ordering;
import com.interconnect.portal.shared.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class DashboardController {

	private final Accounts accounts;

	private final Ordering ordering;

	DashboardController(Accounts accounts, Ordering ordering) {
		this.accounts = accounts;
		this.ordering = ordering;
	}

	@GetMapping("/")
	String dashboard(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("company", this.accounts.get(user.companyId()));
		model.addAttribute("setup", this.accounts.setupStatusOf(user.companyId()));
		model.addAttribute("provisioned", this.ordering.hasProvisionedServices(user.companyId()));
		model.addAttribute("user", user);
		return "dashboard";
	}

}
