package com.interconnect.portal.support.domain;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SupportDetailsRepository extends JpaRepository<SupportDetailsRecord, Long> {

	List<SupportDetailsRecord> findByCompanyIdIn(Iterable<Long> companyIds);

	/** Those of the companies that have support details. */
	@Query("select d.companyId from SupportDetailsRecord d where d.companyId in :companyIds")
	Set<Long> companiesWithDetails(Collection<Long> companyIds);

	/**
	 * Two saves at once are serialised, so the audit log's "before" is always the value
	 * that was replaced.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from SupportDetailsRecord s where s.companyId = :companyId")
	java.util.Optional<SupportDetailsRecord> findForUpdate(long companyId);

}
