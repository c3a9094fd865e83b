package com.interconnect.portal.account.web;

import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.shared.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Company &gt; Company Settings: what the portal knows of the signed-in user's company.
 */
@Controller
class CompanySettingsController {

	private final Accounts accounts;

	CompanySettingsController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/company/settings")
	String settings(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("company", this.accounts.get(user.companyId()));
		return "account/settings";
	}

}
