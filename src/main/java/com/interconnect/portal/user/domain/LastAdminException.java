package com.interconnect.portal.user.domain;

/**
 * A company always keeps at least one active admin.
 */
public class LastAdminException extends RuntimeException {

	public LastAdminException(String adminRole) {
		super("This is the company's last active " + adminRole
				+ ". Give another user that role first, then change or deactivate this one.");
	}

}
