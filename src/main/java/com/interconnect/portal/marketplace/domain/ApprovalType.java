package com.interconnect.portal.marketplace.domain;

/**
 * What a provider approves: a new connection to its port, or (later) a speed change.
 */
public enum ApprovalType {

	NEW_ORDER, SPEED_CHANGE

}
