package com.interconnect.portal.notification.domain;

/** What a Service Status notice announces. */
public enum NoticeKind {

	MAINTENANCE("Maintenance"), OUTAGE("Outage");

	private final String label;

	NoticeKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
