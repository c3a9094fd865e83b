package com.interconnect.portal.ordering;

/**
 * A port in a data centre, or a virtual cross connect between two ports.
 */
public enum ServiceKind {

	PORT("Port"), VXC("VXC");

	private final String label;

	ServiceKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
