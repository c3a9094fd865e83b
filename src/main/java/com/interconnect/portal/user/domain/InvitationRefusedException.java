package com.interconnect.portal.user.domain;

/**
 * "Resend invitation" for a user who has joined or was deactivated: there is nothing to
 * resend, and nothing changes.
 */
public class InvitationRefusedException extends RuntimeException {

	InvitationRefusedException(String message) {
		super(message);
	}

}
