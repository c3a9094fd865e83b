package com.interconnect.portal.ordering.domain;

import java.time.Clock;

import org.springframework.stereotype.Component;

/**
 * Writes the history of services: every state a service enters, with who (null for the
 * provisioner) and why.
 */
@Component
class ServiceHistory {

	private final ServiceEventRepository events;

	private final Clock clock;

	ServiceHistory(ServiceEventRepository events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	/** The length of service_event.note. */
	static final int NOTE_LENGTH = 300;

	/**
	 * Records the state the service is in now. A note longer than its column (one that
	 * quotes a provider's reason, kept whole on the approval) is shortened with an
	 * ellipsis.
	 */
	void record(Service service, String note, String actorName) {
		this.events
			.save(new ServiceEvent(service.id(), service.state(), shortened(note), actorName, this.clock.instant()));
	}

	static String shortened(String note) {
		if (note == null || note.length() <= NOTE_LENGTH) {
			return note;
		}
		int end = NOTE_LENGTH - 1;
		if (Character.isHighSurrogate(note.charAt(end - 1))) {
			end--;
		}
		return note.substring(0, end) + "…";
	}

}
