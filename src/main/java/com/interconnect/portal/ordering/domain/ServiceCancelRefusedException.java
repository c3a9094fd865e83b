package com.interconnect.portal.ordering.domain;

/**
 * A cancellation the rules do not allow (the service has ended, or a port still has
 * VXCs): nothing was changed, and the message says why.
 */
public class ServiceCancelRefusedException extends RuntimeException {

	public ServiceCancelRefusedException(String message) {
		super(message);
	}

}
