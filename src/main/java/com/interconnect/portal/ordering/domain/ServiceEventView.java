package com.interconnect.portal.ordering.domain;

import java.time.Instant;

import com.interconnect.portal.ordering.ServiceState;

/**
 * One step of a service's history.
 *
 * @param state the state it entered
 * @param note why, e.g. {@code Configured by the provisioner}
 * @param actorName who, or null for the provisioner
 * @param at when
 */
public record ServiceEventView(ServiceState state, String note, String actorName, Instant at) {

}
