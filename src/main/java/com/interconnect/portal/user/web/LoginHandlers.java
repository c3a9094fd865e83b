package com.interconnect.portal.user.web;

import java.io.IOException;

import com.interconnect.portal.user.domain.LoginAttempts;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * What happens after a log-in attempt: failures count towards the lock-out, a success
 * clears the count.
 */
@Configuration(proxyBeanMethods = false)
class LoginHandlers {

	static final String EMAIL_PARAMETER = "email";

	@Bean
	AuthenticationFailureHandler loginFailureHandler(LoginAttempts attempts) {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException ex) -> {
			String email = request.getParameter(EMAIL_PARAMETER);
			if (ex instanceof BadCredentialsException && email != null) {
				attempts.recordFailure(email);
			}
			boolean locked = ex instanceof LockedException || (email != null && attempts.isLocked(email));
			response.sendRedirect(request.getContextPath() + (locked ? "/login?locked" : "/login?error"));
		};
	}

	@Bean
	AuthenticationSuccessHandler loginSuccessHandler(LoginAttempts attempts) {
		SavedRequestAwareAuthenticationSuccessHandler savedRequest = new SavedRequestAwareAuthenticationSuccessHandler();
		return (HttpServletRequest request, HttpServletResponse response, Authentication authentication) -> {
			attempts.recordSuccess(authentication.getName());
			savedRequest.onAuthenticationSuccess(request, response, authentication);
		};
	}

}
