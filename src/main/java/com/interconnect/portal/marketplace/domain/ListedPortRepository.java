package com.interconnect.portal.marketplace.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ListedPortRepository extends JpaRepository<ListedPort, Long> {

	/** A provider's listed ports (marketplace_listed_port_company_idx). */
	List<ListedPort> findByCompanyIdOrderByPortId(long companyId);

	/** The listed ports of a page of providers, in one query. */
	List<ListedPort> findByCompanyIdIn(Collection<Long> companyIds);

	/**
	 * Whether the port is listed on a visible profile: it accepts connection requests.
	 */
	@Query(value = """
			select exists (select 1 from marketplace_listed_port l
			join marketplace_profile p on p.company_id = l.company_id
			where l.port_id = :portId and p.visible)""", nativeQuery = true)
	boolean isListedVisibly(long portId);

	@Modifying
	@Query("delete from ListedPort l where l.portId = :portId")
	int unlist(long portId);

}
