package com.interconnect.portal.ordering;

/**
 * Whether a VXC may end on another company's port (product.md §6): implemented by the
 * module that knows which ports their owners open to connection requests (the
 * Marketplace). Without an implementation no other company's port may be used.
 */
public interface ForeignPorts {

	/**
	 * @param portServiceId a port service of any company
	 * @return whether customers may request VXCs to it
	 */
	boolean acceptsConnections(long portServiceId);

}
