package com.interconnect.portal.user;

/**
 * Every email address belongs to one user at most, across all companies.
 */
public class EmailTakenException extends RuntimeException {

	/**
	 * What a customer is told about an address of another company's user: not that it
	 * exists there (see docs/decisions.md, "Account probing").
	 */
	public static final String NOT_USABLE = "This email address can't be invited: ask the person for another one.";

	private final boolean inActorsCompany;

	public EmailTakenException(String email) {
		this(email, false);
	}

	public EmailTakenException(String email, boolean inActorsCompany) {
		super("A user with the email " + email + " already exists");
		this.inActorsCompany = inActorsCompany;
	}

	/** Whether the address is that of a user of the company the actor invites to. */
	public boolean inActorsCompany() {
		return this.inActorsCompany;
	}

}
