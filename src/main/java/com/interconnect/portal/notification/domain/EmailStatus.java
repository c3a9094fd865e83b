package com.interconnect.portal.notification.domain;

/** Where an email is on its way out. */
public enum EmailStatus {

	/** Waiting for (another) delivery attempt. */
	PENDING,

	/** Accepted by the SMTP server. */
	SENT,

	/** Given up after the maximum number of attempts. */
	FAILED

}
