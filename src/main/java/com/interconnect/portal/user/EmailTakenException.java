package com.interconnect.portal.user;

/**
 * Every email address belongs to one user at most, across all companies.
 */
public class EmailTakenException extends RuntimeException {

	public EmailTakenException(String email) {
		super("A user with the email " + email + " already exists");
	}

}
