package com.interconnect.portal.user.domain;

/**
 * The invitation link is unknown, expired, replaced by a newer one, or already used.
 */
public class InvalidInvitationException extends RuntimeException {

	public InvalidInvitationException() {
		super("This invitation link has expired or has already been used.");
	}

}
