package com.interconnect.portal.support.domain;

import java.util.Locale;

import com.interconnect.portal.shared.EmailAddresses;

/**
 * §3: a support email is well formed and at the sign-up email's domain or a subdomain of
 * it.
 */
final class SupportEmails {

	private SupportEmails() {
	}

	/**
	 * @return the message to show beside the field, or null when the email is acceptable
	 */
	static String check(String email, String signupEmail) {
		if (!EmailAddresses.isWellFormed(email)) {
			return "Enter an email address like support@example.com (no spaces, a domain with a dot, at most 254 characters).";
		}
		if (signupEmail == null) {
			return null;
		}
		String expected = domainOf(signupEmail);
		String domain = domainOf(email);
		if (!domain.equals(expected) && !domain.endsWith("." + expected)) {
			return "Use an address at " + expected
					+ " (the domain of the company's sign-up email) or a subdomain of it, such as support@" + expected
					+ ".";
		}
		return null;
	}

	static String normalise(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	private static String domainOf(String email) {
		return email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
	}

}
