package com.interconnect.portal.operator.web;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.SupportedBy;
import com.interconnect.portal.operator.domain.CompanyRequest;
import com.interconnect.portal.shared.EmailAddress;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * "Create company" in the back office. Whether the account type, supporter and parent
 * partner fit together is §1's business, checked by the account module.
 */
record CompanyForm(
		@NotBlank(message = "Enter the company's name.") @Size(min = 2, max = 100,
				message = "A company name has 2 to 100 characters.") String name,
		@NotNull(message = "Choose the account type.") AccountType accountType, SupportedBy supportedBy,
		Long parentPartnerId,
		@NotBlank(message = "Enter the sign-up email address.") @EmailAddress(
				message = "Enter an email address like name@example.com.") @Size(max = 254,
						message = "An email address has at most 254 characters.") String signupEmail,
		@EmailAddress(message = "Enter an email address like name@example.com.") @Size(max = 254,
				message = "An email address has at most 254 characters.") String firstAdminEmail,
		@Size(max = 100, message = "A name has at most 100 characters.") String firstAdminName) {

	static CompanyForm empty() {
		return new CompanyForm("", AccountType.DIRECT, SupportedBy.OPERATOR, null, "", "", "");
	}

	CompanyRequest request() {
		return new CompanyRequest(this.name, this.accountType, this.supportedBy, this.parentPartnerId, this.signupEmail,
				this.firstAdminEmail, this.firstAdminName);
	}

}
