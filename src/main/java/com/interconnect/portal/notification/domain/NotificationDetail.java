package com.interconnect.portal.notification.domain;

import java.time.Instant;

import com.interconnect.portal.notification.NotificationGroup;

/**
 * One of the user's notifications as its page shows it: what the email said, unless the
 * body is withheld (an invitation's holds its set-password link).
 *
 * @param subject the email's subject
 * @param group its notification group
 * @param createdAt when it was written
 * @param textBody its plain-text body, or null when withheld
 */
public record NotificationDetail(String subject, NotificationGroup group, Instant createdAt, String textBody) {

	public boolean bodyWithheld() {
		return this.textBody == null;
	}

}
