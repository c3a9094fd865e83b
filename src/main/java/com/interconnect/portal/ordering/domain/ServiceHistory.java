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

	/** Records the state the service is in now. */
	void record(Service service, String note, String actorName) {
		this.events.save(new ServiceEvent(service.id(), service.state(), note, actorName, this.clock.instant()));
	}

}
