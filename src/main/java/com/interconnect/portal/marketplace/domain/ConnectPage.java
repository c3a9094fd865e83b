package com.interconnect.portal.marketplace.domain;

import com.interconnect.portal.ordering.ConnectionDesigns.ConnectionChoices;
import com.interconnect.portal.ordering.PortSummary;

/**
 * "Request connection": the provider's port and the customer's choices.
 *
 * @param providerId the provider's company
 * @param providerName its display name
 * @param port the B-end port
 * @param choices the customer's A-ends and saved configurations
 */
public record ConnectPage(long providerId, String providerName, PortSummary port, ConnectionChoices choices) {

}
