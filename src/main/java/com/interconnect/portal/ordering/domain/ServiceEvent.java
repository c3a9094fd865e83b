package com.interconnect.portal.ordering.domain;

import java.time.Instant;

import com.interconnect.portal.ordering.ServiceState;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One step of a service's history: the state it entered, when, by whom (null for the
 * provisioner), and why.
 */
@Entity
class ServiceEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long serviceId;

	@Enumerated(EnumType.STRING)
	private ServiceState state;

	private String note;

	private String actorName;

	private Instant at;

	protected ServiceEvent() {
	}

	ServiceEvent(long serviceId, ServiceState state, String note, String actorName, Instant at) {
		this.serviceId = serviceId;
		this.state = state;
		this.note = note;
		this.actorName = actorName;
		this.at = at;
	}

	ServiceState state() {
		return this.state;
	}

	String note() {
		return this.note;
	}

	String actorName() {
		return this.actorName;
	}

	Instant at() {
		return this.at;
	}

}
