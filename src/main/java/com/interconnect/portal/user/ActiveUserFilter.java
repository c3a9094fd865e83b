package com.interconnect.portal.user;

import java.io.IOException;

import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.user.domain.UserService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reloads the signed-in user on every request, so that a role change applies at once and
 * a deactivated user is signed out at their next click.
 */
@Component
public class ActiveUserFilter extends OncePerRequestFilter {

	private final UserService users;

	ActiveUserFilter(UserService users) {
		this.users = users;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser signedIn) {
			CurrentUser current = this.users.findActiveById(signedIn.id()).orElse(null);
			if (current == null) {
				SecurityContextHolder.clearContext();
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
				response.sendRedirect(request.getContextPath() + "/login?expired");
				return;
			}
			current.eraseCredentials();
			SecurityContextHolder.getContext()
				.setAuthentication(
						UsernamePasswordAuthenticationToken.authenticated(current, null, current.getAuthorities()));
		}
		chain.doFilter(request, response);
	}

}
