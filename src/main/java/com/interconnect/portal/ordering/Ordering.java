package com.interconnect.portal.ordering;

/**
 * The ordering module's API for other modules.
 */
public interface Ordering {

	/** product.md §1: the company has at least one service that has reached LIVE. */
	boolean hasProvisionedServices(long companyId);

}
