package com.interconnect.portal.notification.domain;

/**
 * Only a failed email can be resent: a pending one is still on its way, and a sent one
 * would reach its recipient twice.
 */
public class ResendRefusedException extends IllegalStateException {

	ResendRefusedException(EmailStatus status) {
		super("Only a failed email can be resent; this one is " + status.name().toLowerCase() + ".");
	}

	ResendRefusedException(String reason) {
		super(reason);
	}

}
