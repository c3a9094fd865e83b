package com.interconnect.portal.ordering.domain;

/**
 * A port a VXC can be designed on: a port item of the configuration or one of the
 * company's ports, or, as a B-end only, another company's port that a VXC of the
 * configuration ends on.
 *
 * @param value what the form sends, e.g. {@code item:12} or {@code service:34}
 * @param label as the list shows it, e.g.
 * {@code Sydney 1 (10 Gbps, in this configuration)}
 * @param speedGbps the port's speed
 * @param bEndOnly whether it is another company's port, which a VXC can only end on
 */
public record PortChoice(String value, String label, int speedGbps, boolean bEndOnly) {

}
