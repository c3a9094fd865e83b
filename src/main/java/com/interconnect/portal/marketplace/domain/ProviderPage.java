package com.interconnect.portal.marketplace.domain;

import java.util.List;

import com.interconnect.portal.ordering.PortSummary;

/**
 * A provider's page: its profile and its listed LIVE ports.
 *
 * @param provider the provider
 * @param website its website, or null
 * @param ports its listed LIVE ports
 * @param canRequest whether the user may request connections to them
 */
public record ProviderPage(ProviderRow provider, String website, List<PortSummary> ports, boolean canRequest) {

}
