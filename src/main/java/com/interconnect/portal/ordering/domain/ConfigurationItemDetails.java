package com.interconnect.portal.ordering.domain;

import java.util.List;

/**
 * One item as its edit page shows it: the design to edit, and what removing it also
 * removes.
 *
 * @param item the item as the configuration page shows it
 * @param port the port's design, or null for a VXC
 * @param vxc the VXC's design, or null for a port
 * @param vxcsOnPort for a port, the names of the VXC items removed with it
 */
public record ConfigurationItemDetails(ConfigurationItemView item, PortDesign port, VxcDesign vxc,
		List<String> vxcsOnPort) {

}
