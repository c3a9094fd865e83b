package com.interconnect.portal.shared;

import java.util.regex.Pattern;

/**
 * The portal's one rule for a well-formed email address: no spaces, one @, a domain with
 * a dot (so {@code billing@acme} is refused), at most 254 characters. The services check
 * it, and forms through {@link EmailAddress}.
 */
public final class EmailAddresses {

	private static final Pattern WELL_FORMED = Pattern
		.compile("^[^@\\s]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$");

	private EmailAddresses() {
	}

	/** Whether the address, without its surrounding spaces, is well formed. */
	public static boolean isWellFormed(String email) {
		if (email == null) {
			return false;
		}
		String address = email.strip();
		return address.length() <= 254 && WELL_FORMED.matcher(address).matches();
	}

}
