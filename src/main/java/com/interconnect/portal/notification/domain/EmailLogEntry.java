package com.interconnect.portal.notification.domain;

/**
 * One email of the log with its plain-text body, unless the body is withheld (an
 * invitation's holds its set-password link).
 *
 * @param email the email
 * @param textBody its plain-text body, or null when withheld
 */
public record EmailLogEntry(EmailLogRow email, String textBody) {

	public boolean bodyWithheld() {
		return this.textBody == null;
	}

}
