package com.interconnect.portal.web;

import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Forbidden;
import com.interconnect.portal.shared.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders the 403 and 404 pages within the portal's layout, with the reason a service
 * gave for a refusal.
 */
@ControllerAdvice
class ErrorPages {

	private final NavigationAdvice navigation;

	ErrorPages(NavigationAdvice navigation) {
		this.navigation = navigation;
	}

	@ExceptionHandler(Forbidden.class)
	ModelAndView forbidden(Forbidden ex, @AuthenticationPrincipal CurrentUser user) {
		return page("error/403", HttpStatus.FORBIDDEN, user).addObject("message", ex.getMessage());
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(@AuthenticationPrincipal CurrentUser user) {
		return page("error/404", HttpStatus.NOT_FOUND, user);
	}

	private ModelAndView page(String view, HttpStatus status, CurrentUser user) {
		ModelAndView page = new ModelAndView(view, status);
		page.addObject("operatorName", this.navigation.operatorName());
		page.addObject("navigation", this.navigation.navigation(user));
		return page;
	}

}
