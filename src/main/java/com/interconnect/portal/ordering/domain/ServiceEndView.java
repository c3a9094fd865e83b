package com.interconnect.portal.ordering.domain;

/**
 * One end of a VXC: the port and the VLAN on it. A port of another company (the
 * Marketplace) is shown by name only.
 *
 * @param portId the port
 * @param portName its name
 * @param vlan the VLAN the VXC uses on it
 * @param own whether the port belongs to the viewer's company (and may be opened)
 */
public record ServiceEndView(long portId, String portName, int vlan, boolean own) {

}
