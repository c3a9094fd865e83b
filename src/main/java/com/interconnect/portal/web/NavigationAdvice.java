package com.interconnect.portal.web;

import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.shared.CurrentUser;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the operator's name and the navigation of the signed-in user.
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

	@ModelAttribute("nav")
	Navigation navigation(@AuthenticationPrincipal CurrentUser user) {
		return (user != null) ? Navigation.of(user, this.accounts.get(user.companyId())) : null;
	}

}
