package com.interconnect.portal.operator.web;

import com.interconnect.portal.shared.EmailAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** "Invite the first Company Admin" of a company created without one. */
record FirstAdminForm(
		@NotBlank(message = "Enter the first admin's email address.") @EmailAddress(
				message = "Enter an email address like name@example.com.") @Size(max = 254,
						message = "An email address has at most 254 characters.") String firstAdminEmail,
		@NotBlank(message = "Enter the first admin's name.") @Size(max = 100,
				message = "A name has at most 100 characters.") String firstAdminName) {

	static FirstAdminForm empty() {
		return new FirstAdminForm("", "");
	}

}
