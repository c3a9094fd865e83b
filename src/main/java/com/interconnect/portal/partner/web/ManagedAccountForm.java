package com.interconnect.portal.partner.web;

import com.interconnect.portal.account.SupportedBy;
import com.interconnect.portal.partner.domain.NewManagedAccount;
import com.interconnect.portal.shared.EmailAddress;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * "Add managed account". The support details are checked by the support module, and only
 * when the company is supported by the operator.
 */
record ManagedAccountForm(
		@NotBlank(message = "Enter the company's name.") @Size(min = 2, max = 100,
				message = "A company name has 2 to 100 characters.") String name,
		@NotNull(message = "Choose who supports the company.") SupportedBy supportedBy,
		@NotBlank(message = "Enter the first admin's email address.") @EmailAddress(
				message = "Enter an email address like name@example.com.") @Size(max = 254,
						message = "An email address has at most 254 characters.") String firstAdminEmail,
		@NotBlank(message = "Enter the first admin's name.") @Size(max = 100,
				message = "A name has at most 100 characters.") String firstAdminName,
		String supportPhone, String supportEmail) {

	static ManagedAccountForm empty() {
		return new ManagedAccountForm("", SupportedBy.PARTNER, "", "", "", "");
	}

	NewManagedAccount request() {
		return new NewManagedAccount(this.name, this.supportedBy, this.firstAdminEmail, this.firstAdminName,
				this.supportPhone, this.supportEmail);
	}

}
