package com.interconnect.portal.user.web;

import com.interconnect.portal.shared.EmailAddress;
import com.interconnect.portal.shared.MaxBytes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record SignupForm(
		@NotBlank(message = "Enter your company's name.") @Size(min = 2, max = 100,
				message = "A company name has 2 to 100 characters.") String companyName,
		@NotBlank(message = "Enter your name.") @Size(max = 100,
				message = "Your name can have at most 100 characters.") String fullName,
		@NotBlank(message = "Enter your email address.") @EmailAddress(
				message = "Enter an email address like name@example.com.") @Size(max = 254,
						message = "An email address has at most 254 characters.") String email,
		@NotBlank(message = "Choose a password.") @Size(min = 12,
				message = "A password has at least 12 characters.") @MaxBytes(value = 72,
						message = "A password has at most 72 bytes: 72 plain letters or digits, fewer accented or non-Latin ones.") String password) {

	static SignupForm empty() {
		return new SignupForm("", "", "", "");
	}

}
