package com.interconnect.portal.user.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Logs a user in right after they proved who they are (a sign-up, an invitation's link),
 * on a new session id (session fixation protection), instead of whoever was logged in on
 * that browser.
 */
final class SessionLogIn {

	private SessionLogIn() {
	}

	static void logIn(HttpServletRequest request, String email, String password) throws ServletException {
		if (request.getUserPrincipal() != null) {
			request.logout();
		}
		request.login(email, password);
		request.changeSessionId();
	}

}
