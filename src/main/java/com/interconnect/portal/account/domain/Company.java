package com.interconnect.portal.account.domain;

import java.time.Instant;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SupportedBy;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

@Entity
class Company {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@Enumerated(EnumType.STRING)
	private AccountType accountType;

	@Enumerated(EnumType.STRING)
	private SupportedBy supportedBy;

	private Long parentPartnerId;

	private String signupEmail;

	private Instant createdAt;

	@Version
	private long version;

	protected Company() {
	}

	Company(String name, AccountType accountType, SupportedBy supportedBy, Company parentPartner, String signupEmail,
			Instant createdAt) {
		checkRules(accountType, supportedBy, parentPartner);
		this.name = name.strip();
		this.accountType = accountType;
		this.supportedBy = supportedBy;
		this.parentPartnerId = (parentPartner != null) ? parentPartner.id : null;
		this.signupEmail = (signupEmail != null) ? signupEmail.strip().toLowerCase() : null;
		this.createdAt = createdAt;
	}

	/** The rules of product.md §1, also held by check constraints in the database. */
	private static void checkRules(AccountType type, SupportedBy supportedBy, Company parentPartner) {
		if (!type.allowsSupportBy(supportedBy)) {
			throw new IllegalArgumentException(type.label() + " companies cannot be supported by " + supportedBy);
		}
		if ((type == AccountType.MANAGED) != (parentPartner != null)) {
			throw new IllegalArgumentException("A managed company, and only a managed company, has a parent partner");
		}
		if (parentPartner != null && parentPartner.accountType != AccountType.PARTNER) {
			throw new IllegalArgumentException("The parent of a managed company must be a partner");
		}
	}

	CompanySummary summary() {
		return new CompanySummary(this.id, this.name, this.accountType, this.supportedBy, this.parentPartnerId,
				this.signupEmail, this.createdAt);
	}

}
