package com.interconnect.portal.ordering;

import java.util.List;

import com.interconnect.portal.shared.CurrentUser;

/**
 * Designing a VXC to a port chosen elsewhere (the Marketplace's "Request connection"):
 * the customer's choices of A-end and saved configuration, and adding the VXC to a saved
 * configuration, from where it is ordered with the normal Order.
 */
public interface ConnectionDesigns {

	/**
	 * The user's own ports (not ended) and the port items of their company's saved
	 * configurations that are not ordered yet, those configurations, and the name a new
	 * one would get.
	 * @param newConfigurationName the name for a new configuration, numbered ("… 2") when
	 * the company already has a configuration of that name
	 * @throws com.interconnect.portal.shared.Forbidden when the user may not design
	 */
	ConnectionChoices choices(CurrentUser actor, String newConfigurationName);

	/**
	 * Adds the VXC to a saved configuration: the one holding the A-end port item, the one
	 * chosen, or a new one.
	 * @return the saved configuration's id
	 * @throws com.interconnect.portal.shared.InvalidInputException for each field
	 * ({@code vxcName}, {@code aEnd}, {@code rateLimitMbps}, {@code aVlan},
	 * {@code bVlan}, {@code configurationId}, {@code configurationName}) that breaks a
	 * rule
	 */
	long addConnection(CurrentUser actor, ConnectionDesign design);

	/**
	 * Orders the saved configuration, as its "Order" button does (order gating applies).
	 * @return the order's id
	 */
	long placeOrder(CurrentUser actor, long configurationId);

	/**
	 * One choice of a list: what the form sends and what the list shows.
	 */
	record Choice(String value, String label) {
	}

	/**
	 * @param aEnds the A-end ports ({@code service:ID} or {@code item:ID})
	 * @param configurations the saved configurations not ordered yet (value: the id)
	 * @param newConfigurationName a name no configuration of the company has
	 */
	record ConnectionChoices(List<Choice> aEnds, List<Choice> configurations, String newConfigurationName) {
	}

	/**
	 * A VXC to another company's port.
	 *
	 * @param vxcName its name
	 * @param aEnd the customer's port, a {@link Choice#value()} of {@code aEnds}
	 * @param bEndPortId the provider's port
	 * @param rateLimitMbps the rate limit
	 * @param aVlan the VLAN on the A-end
	 * @param bVlan the VLAN on the B-end
	 * @param configurationId the saved configuration, or null for a new one
	 * @param configurationName the name of the new configuration
	 * @param serviceKey a service key: its port is the B-end (and {@code bEndPortId} is
	 * ignored), or null
	 */
	record ConnectionDesign(String vxcName, String aEnd, long bEndPortId, Integer rateLimitMbps, Integer aVlan,
			Integer bVlan, Long configurationId, String configurationName, String serviceKey) {

		public ConnectionDesign(String vxcName, String aEnd, long bEndPortId, Integer rateLimitMbps, Integer aVlan,
				Integer bVlan, Long configurationId, String configurationName) {
			this(vxcName, aEnd, bEndPortId, rateLimitMbps, aVlan, bVlan, configurationId, configurationName, null);
		}

	}

}
