package com.interconnect.portal.config;

import java.io.IOException;

import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.LogContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the signed-in user's id in the log lines of the rest of the request, once the
 * security chain knows who it is.
 */
class UserLogContextFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Long userId = (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) ? user.id()
				: null;
		try (LogContext.Scope scope = LogContext.forUser(userId)) {
			chain.doFilter(request, response);
		}
	}

}
