package com.interconnect.portal.user.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record SetPasswordForm(
		@NotBlank(message = "Enter your name.") @Size(max = 100,
				message = "Your name can have at most 100 characters.") String fullName,
		@NotBlank(message = "Choose a password.") @Size(min = 12, max = 128,
				message = "A password has 12 to 128 characters.") String password,
		String confirmPassword) {

	boolean passwordsDiffer() {
		return this.password != null && !this.password.equals(this.confirmPassword);
	}

}
