package com.interconnect.portal.notification.domain;

import java.time.Instant;
import java.util.List;

/**
 * A maintenance or outage notice an Operator Admin posts.
 *
 * @param kind maintenance or outage
 * @param title its title, the subject of its emails
 * @param message what customers should know
 * @param startsAt when it starts
 * @param endsAt when it ends, after the start
 * @param locationIds the locations it is about (at least one)
 */
public record NewNotice(NoticeKind kind, String title, String message, Instant startsAt, Instant endsAt,
		List<Long> locationIds) {

	public NewNotice {
		locationIds = (locationIds != null) ? List.copyOf(locationIds) : List.of();
	}

}
