package com.interconnect.portal.web;

import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.shared.CurrentUser;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.util.Lazy;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the operator's name and the navigation of the signed-in user. The
 * navigation is looked up only when a page is rendered (not for a redirect), once.
 */
@ControllerAdvice
class NavigationAdvice {

	private final Accounts accounts;

	private final String operatorName;

	NavigationAdvice(Accounts accounts, @Value("${portal.operator-name}") String operatorName) {
		this.accounts = accounts;
		this.operatorName = operatorName;
	}

	@ModelAttribute("operatorName")
	String operatorName() {
		return this.operatorName;
	}

	@ModelAttribute("navigation")
	Lazy<Navigation> navigation(@AuthenticationPrincipal CurrentUser user) {
		return (user != null) ? Lazy.of(() -> Navigation.of(user, this.accounts.get(user.companyId()))) : null;
	}

}
