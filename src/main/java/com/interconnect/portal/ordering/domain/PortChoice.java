package com.interconnect.portal.ordering.domain;

/**
 * A port a VXC can be designed on: a port item of the configuration or one of the
 * company's ports.
 *
 * @param value what the form sends, e.g. {@code item:12} or {@code service:34}
 * @param label as the list shows it, e.g.
 * {@code Sydney 1 (10 Gbps, in this configuration)}
 * @param speedGbps the port's speed
 */
public record PortChoice(String value, String label, int speedGbps) {

}
