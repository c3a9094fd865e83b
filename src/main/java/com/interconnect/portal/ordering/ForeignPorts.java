package com.interconnect.portal.ordering;

import com.interconnect.portal.shared.InvalidInputException;

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

	/**
	 * Checks a service key entered while designing a VXC: its port becomes the B-end,
	 * listed in the Marketplace or not.
	 * @param serviceKey the key as entered
	 * @param rateLimitMbps the rate limit asked for, or null
	 * @return what the key allows
	 * @throws InvalidInputException on {@code serviceKey} when the key is unknown,
	 * inactive, outside its dates or used up, on {@code rateLimitMbps} when the rate
	 * limit is above its maximum
	 */
	default ServiceKeyGrant checkServiceKey(String serviceKey, Integer rateLimitMbps) {
		throw InvalidInputException.of("serviceKey", UNKNOWN_KEY);
	}

	/**
	 * Uses the key for a VXC being ordered, in the order's transaction: atomically in the
	 * database, so that a single-use key is used once however many customers order at the
	 * same moment.
	 * @throws InvalidInputException on {@code serviceKey} when it can no longer be used
	 */
	default void useServiceKey(String serviceKey, ServiceKeyUse use) {
		throw InvalidInputException.of("serviceKey", UNKNOWN_KEY);
	}

	/** The refusal of a key nobody issued. */
	String UNKNOWN_KEY = "No service key matches what you entered: check it with the port's owner.";

}
