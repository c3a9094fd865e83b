package com.interconnect.portal.ordering;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The ordering module's API for other modules.
 */
public interface Ordering {

	/** product.md §1: the company has at least one service that has reached LIVE. */
	boolean hasProvisionedServices(long companyId);

	/** Ports by id, whoever owns them; unknown ids and VXCs are left out. */
	Map<Long, PortSummary> ports(Collection<Long> portIds);

	/** The company's ports that have not ended, by name. */
	List<PortSummary> activePortsOf(long companyId);

	/**
	 * The provider accepted the VXC: AWAITING_APPROVAL → DEPLOYABLE, due for the
	 * provisioner.
	 * @throws IllegalStateException when the VXC is not awaiting approval
	 */
	void acceptConnection(long vxcId, String actorName);

	/**
	 * A VXC awaiting approval ends without being provisioned (denied, expired or
	 * withdrawn); its VLANs are free again.
	 * @param end {@link ServiceState#DENIED}, {@link ServiceState#EXPIRED} or
	 * {@link ServiceState#CANCELLED}
	 * @param note the history note (e.g. the reason)
	 * @throws IllegalStateException when the VXC is not awaiting approval
	 */
	void endConnection(long vxcId, ServiceState end, String note, String actorName);

	/**
	 * The provider accepted the pending raise of a LIVE VXC: it runs at the new rate
	 * limit, at the new price, from now on.
	 * @throws IllegalStateException when the VXC has no speed change pending
	 */
	void acceptSpeedChange(long vxcId, String actorName);

	/**
	 * The pending raise of a VXC ended without being accepted (denied, withdrawn or
	 * expired): the VXC keeps its speed.
	 * @param note the history note (e.g. the reason)
	 * @throws IllegalStateException when the VXC has no speed change pending
	 */
	void dropSpeedChange(long vxcId, String note, String actorName);

}
