package com.interconnect.portal.billing.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BillingMarketRepository extends JpaRepository<BillingMarket, Long> {

	/** In the order they were enabled: the first is the primary market. */
	@EntityGraph(attributePaths = "market")
	List<BillingMarket> findByCompanyIdOrderByEnabledAtAscIdAsc(long companyId);

	@EntityGraph(attributePaths = "market")
	Optional<BillingMarket> findFirstByCompanyIdOrderByEnabledAtAscIdAsc(long companyId);

	@EntityGraph(attributePaths = "market")
	Optional<BillingMarket> findByIdAndCompanyId(long id, long companyId);

	/** Those of the companies that have enabled a billing market (the primary one). */
	@Query("select distinct b.companyId from BillingMarket b where b.companyId in :companyIds")
	Set<Long> companiesWithAMarket(Collection<Long> companyIds);

	boolean existsByCompanyIdAndMarketCode(long companyId, String marketCode);

}
