package com.interconnect.portal.user.domain;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads the user who is logging in; invited and deactivated users cannot log in.
 */
@Component
class PortalUserDetailsService implements UserDetailsService {

	private final UserService users;

	PortalUserDetailsService(UserService users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return this.users.findActiveByEmail(email).orElseThrow(() -> new UsernameNotFoundException("No active user"));
	}

}
