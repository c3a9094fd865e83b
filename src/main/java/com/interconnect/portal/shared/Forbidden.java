package com.interconnect.portal.shared;

import org.springframework.security.access.AccessDeniedException;

/**
 * Answers 403 with a reason that the error page shows to the user.
 */
public class Forbidden extends AccessDeniedException {

	public Forbidden(String reason) {
		super(reason);
	}

	public static void unless(boolean allowed, String reason) {
		if (!allowed) {
			throw new Forbidden(reason);
		}
	}

}
