package com.interconnect.portal.ordering.domain;

import com.interconnect.portal.catalog.PortSpeed;
import com.interconnect.portal.catalog.Term;

/**
 * A port as designed in a saved configuration.
 *
 * @param name the port's name
 * @param locationId the data centre, see {@code Catalog.locations()}
 * @param speed the port speed
 * @param term the contract term
 */
public record PortDesign(String name, Long locationId, PortSpeed speed, Term term) {

}
