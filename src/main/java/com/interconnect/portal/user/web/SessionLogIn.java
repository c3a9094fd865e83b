package com.interconnect.portal.user.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Logs a user in right after they proved who they are (a sign-up, an invitation's link),
 * on a new session id (session fixation protection) and with a new CSRF token, as the
 * log-in form does, instead of whoever was logged in on that browser.
 */
@Component
class SessionLogIn {

	private final CsrfTokenRepository csrfTokens;

	SessionLogIn(CsrfTokenRepository csrfTokens) {
		this.csrfTokens = csrfTokens;
	}

	void logIn(HttpServletRequest request, HttpServletResponse response, String email, String password)
			throws ServletException {
		if (request.getUserPrincipal() != null) {
			request.logout();
		}
		request.login(email, password);
		request.changeSessionId();
		// a token seen before the log-in no longer works; the next page gets a new one
		this.csrfTokens.saveToken(null, request, response);
	}

}
