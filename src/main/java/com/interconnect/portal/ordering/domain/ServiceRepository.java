package com.interconnect.portal.ordering.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ServiceRepository extends JpaRepository<Service, Long> {

	Optional<Service> findByIdAndCompanyId(long id, long companyId);

	/**
	 * Whether the company has provisioned services: one that has reached LIVE, even if it
	 * ended since.
	 */
	@Query(value = "select exists (select 1 from service where company_id = :companyId and live_at is not null)",
			nativeQuery = true)
	boolean hasReachedLive(long companyId);

	/**
	 * The services the provisioner must move on now, locked so that two instances never
	 * advance the same one.
	 */
	@Query(value = """
			select * from service where next_step_at <= :now
			order by next_step_at limit :limit for update skip locked""", nativeQuery = true)
	List<Service> claimDue(Instant now, int limit);

}
