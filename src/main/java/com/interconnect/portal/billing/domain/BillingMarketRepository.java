package com.interconnect.portal.billing.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BillingMarketRepository extends JpaRepository<BillingMarket, Long> {

	// The market is fetched by "join fetch" rather than an @EntityGraph: Hibernate does
	// not
	// cache the translation of a query with an entity graph, and translating it again on
	// every page took an eighth of the CPU under load (docs/benchmarks.md).

	/** In the order they were enabled: the first is the primary market. */
	@Query("select b from BillingMarket b join fetch b.market where b.companyId = :companyId order by b.enabledAt, b.id")
	List<BillingMarket> inEnablingOrder(long companyId);

	@Query("""
			select b from BillingMarket b join fetch b.market where b.companyId = :companyId
			order by b.enabledAt, b.id limit 1""")
	Optional<BillingMarket> primaryOf(long companyId);

	@Query("select b from BillingMarket b join fetch b.market where b.id = :id and b.companyId = :companyId")
	Optional<BillingMarket> findByIdAndCompanyId(long id, long companyId);

	/** Those of the companies that have enabled a billing market (the primary one). */
	@Query("select distinct b.companyId from BillingMarket b where b.companyId in :companyIds")
	Set<Long> companiesWithAMarket(Collection<Long> companyIds);

	boolean existsByCompanyIdAndMarketCode(long companyId, String marketCode);

}
