package com.interconnect.portal.ordering.domain;

/**
 * One end of a designed VXC: a port item of the same configuration, or an existing port
 * service. Written in forms as {@code item:12} or {@code service:34}.
 *
 * @param itemId the port item, or null
 * @param serviceId the port service, or null
 */
record PortRef(Long itemId, Long serviceId) {

	static PortRef item(long itemId) {
		return new PortRef(itemId, null);
	}

	static PortRef service(long serviceId) {
		return new PortRef(null, serviceId);
	}

	static PortRef of(Long itemId, Long serviceId) {
		return (itemId != null) ? item(itemId) : service(serviceId);
	}

	/** The value a form sends back, or null when it is not one. */
	static PortRef parse(String value) {
		if (value == null) {
			return null;
		}
		try {
			if (value.startsWith("item:")) {
				return item(Long.parseLong(value.substring(5)));
			}
			if (value.startsWith("service:")) {
				return service(Long.parseLong(value.substring(8)));
			}
		}
		catch (NumberFormatException ex) {
			// not one of ours
		}
		return null;
	}

	boolean isItem() {
		return this.itemId != null;
	}

	String value() {
		return isItem() ? "item:" + this.itemId : "service:" + this.serviceId;
	}

}
