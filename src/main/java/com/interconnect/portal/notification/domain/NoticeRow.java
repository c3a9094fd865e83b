package com.interconnect.portal.notification.domain;

import java.time.Instant;
import java.util.List;

/**
 * One posted notice, as the Service Status page lists it.
 *
 * @param id the notice's id
 * @param kind maintenance or outage
 * @param title its title
 * @param message its message
 * @param startsAt when it starts
 * @param endsAt when it ends
 * @param locations the labels of its locations, e.g. {@code Equinix SY3, Sydney}
 * @param postedByName the Operator Admin who posted it
 * @param postedAt when
 * @param companiesNotified the companies with a port at its locations whose subscribers
 * were emailed
 * @param emailsQueued the emails written to their Service Status subscribers
 */
public record NoticeRow(long id, NoticeKind kind, String title, String message, Instant startsAt, Instant endsAt,
		List<String> locations, String postedByName, Instant postedAt, int companiesNotified, int emailsQueued) {

}
