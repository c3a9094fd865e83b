package com.interconnect.portal.account;

/**
 * Company names are unique, whatever their case.
 */
public class CompanyNameTakenException extends RuntimeException {

	public CompanyNameTakenException(String name) {
		super("A company named " + name + " already exists");
	}

}
