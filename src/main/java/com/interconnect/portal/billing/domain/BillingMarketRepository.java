package com.interconnect.portal.billing.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface BillingMarketRepository extends JpaRepository<BillingMarket, Long> {

	/** In the order they were enabled: the first is the primary market. */
	@EntityGraph(attributePaths = "market")
	List<BillingMarket> findByCompanyIdOrderByEnabledAtAscIdAsc(long companyId);

	@EntityGraph(attributePaths = "market")
	Optional<BillingMarket> findFirstByCompanyIdOrderByEnabledAtAscIdAsc(long companyId);

	@EntityGraph(attributePaths = "market")
	Optional<BillingMarket> findByIdAndCompanyId(long id, long companyId);

	boolean existsByCompanyIdAndMarketCode(long companyId, String marketCode);

}
