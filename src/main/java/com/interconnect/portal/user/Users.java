package com.interconnect.portal.user;

import com.interconnect.portal.shared.Role;

/**
 * The user module's API for other modules.
 */
public interface Users {

	boolean existsByEmail(String email);

	/**
	 * Creates a user who can log in at once, for data set up by the portal itself (the
	 * demo dataset).
	 */
	void createActive(long companyId, String email, String fullName, Role role, String rawPassword);

}
