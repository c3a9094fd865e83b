package com.interconnect.portal.user.web;

import com.interconnect.portal.shared.EmailAddress;
import com.interconnect.portal.shared.Role;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record InviteForm(
		@NotBlank(message = "Enter the email address to invite.") @EmailAddress(
				message = "Enter an email address like name@example.com.") @Size(max = 254,
						message = "An email address has at most 254 characters.") String email,
		@NotBlank(message = "Enter the person's name.") @Size(max = 100,
				message = "A name has at most 100 characters.") String fullName,
		@NotNull(message = "Choose a role.") Role role) {

	static InviteForm empty() {
		return new InviteForm("", "", Role.TECHNICAL_CONTACT);
	}

}
