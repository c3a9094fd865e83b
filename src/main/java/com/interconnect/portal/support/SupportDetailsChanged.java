package com.interconnect.portal.support;

/**
 * A company's technical support details were added ({@code oldPhone} and {@code oldEmail}
 * null) or changed. Phones in E.164.
 */
public record SupportDetailsChanged(long companyId, long actorId, String actorName, String oldPhone, String newPhone,
		String oldEmail, String newEmail) {

	public boolean added() {
		return this.oldPhone == null && this.oldEmail == null;
	}

}
