package com.interconnect.portal.support.domain;

import java.time.Instant;

import com.interconnect.portal.shared.PhoneNumbers;
import com.interconnect.portal.support.SupportDetailsSummary;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A company's technical support details. Once they exist they can be changed but never
 * removed (the table refuses deletes, and both columns are NOT NULL).
 */
@Entity
@Table(name = "support_details")
class SupportDetailsRecord {

	@Id
	private Long companyId;

	private String phone;

	private String email;

	private Instant updatedAt;

	private Long updatedByUserId;

	private String updatedByName;

	@Version
	private long version;

	protected SupportDetailsRecord() {
	}

	SupportDetailsRecord(long companyId) {
		this.companyId = companyId;
	}

	boolean isNew() {
		return this.phone == null;
	}

	/**
	 * @return whether anything changed
	 */
	boolean change(String phoneE164, String email, long byUserId, String byName, Instant now) {
		if (phoneE164.equals(this.phone) && email.equals(this.email)) {
			return false;
		}
		this.phone = phoneE164;
		this.email = email;
		this.updatedByUserId = byUserId;
		this.updatedByName = byName;
		this.updatedAt = now;
		return true;
	}

	String phone() {
		return this.phone;
	}

	String email() {
		return this.email;
	}

	SupportDetailsSummary summary() {
		return new SupportDetailsSummary(this.companyId, PhoneNumbers.international(this.phone), this.email,
				this.updatedByName, this.updatedAt);
	}

}
