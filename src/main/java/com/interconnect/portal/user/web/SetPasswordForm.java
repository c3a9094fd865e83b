package com.interconnect.portal.user.web;

import com.interconnect.portal.shared.MaxBytes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record SetPasswordForm(
		@NotBlank(message = "Enter your name.") @Size(max = 100,
				message = "Your name can have at most 100 characters.") String fullName,
		@NotBlank(message = "Choose a password.") @Size(min = 12,
				message = "A password has at least 12 characters.") @MaxBytes(value = 72,
						message = "A password has at most 72 bytes: 72 plain letters or digits, fewer accented or non-Latin ones.") String password,
		String confirmPassword) {

	boolean passwordsDiffer() {
		return this.password != null && !this.password.equals(this.confirmPassword);
	}

}
