package com.interconnect.portal.ordering.domain;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/**
 * A VLAN in use on a port by one end of a VXC. The primary key (port, VLAN) is what makes
 * a VLAN unique per port end, whoever orders at the same moment; the row goes when the
 * VXC ends.
 */
@Entity
@IdClass(PortVlan.Key.class)
class PortVlan {

	record Key(Long portId, Integer vlan) implements Serializable {
	}

	@Id
	private Long portId;

	@Id
	private Integer vlan;

	private long vxcId;

	protected PortVlan() {
	}

	PortVlan(long portId, int vlan, long vxcId) {
		this.portId = portId;
		this.vlan = vlan;
		this.vxcId = vxcId;
	}

}
