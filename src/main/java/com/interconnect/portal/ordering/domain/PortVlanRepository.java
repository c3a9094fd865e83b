package com.interconnect.portal.ordering.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PortVlanRepository extends JpaRepository<PortVlan, PortVlan.Key> {

	boolean existsByPortIdAndVlan(long portId, int vlan);

	@Query("select p.vlan from PortVlan p where p.portId = :portId order by p.vlan")
	List<Integer> vlansOn(long portId);

	/** Frees both VLANs of a VXC that ended. */
	@Modifying
	@Query("delete from PortVlan p where p.vxcId = :vxcId")
	int release(long vxcId);

}
