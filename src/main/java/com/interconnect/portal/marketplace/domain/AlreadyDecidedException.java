package com.interconnect.portal.marketplace.domain;

/**
 * The request is no longer pending: someone decided it first (or it was withdrawn or
 * expired). The message says who and when; nothing changed.
 */
public class AlreadyDecidedException extends RuntimeException {

	AlreadyDecidedException(String message) {
		super(message);
	}

}
