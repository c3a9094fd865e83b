package com.interconnect.portal.marketplace.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.interconnect.portal.marketplace.ApprovalStatus;
import com.interconnect.portal.marketplace.ApprovalType;
import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ApprovalRepository extends JpaRepository<Approval, Long> {

	/**
	 * The approval, locked until the transaction ends: whoever decides second waits, then
	 * sees the first decision.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Approval a where a.id = :id")
	Optional<Approval> lockById(long id);

	/**
	 * Pending requests to a provider's ports, newest first
	 * (approval_provider_pending_idx).
	 */
	Page<Approval> findByProviderCompanyIdAndStatusOrderByRequestedAtDescIdDesc(long providerCompanyId,
			ApprovalStatus status, Pageable pageable);

	/** A customer's pending requests, newest first (approval_customer_pending_idx). */
	Page<Approval> findByCustomerCompanyIdAndStatusOrderByRequestedAtDescIdDesc(long customerCompanyId,
			ApprovalStatus status, Pageable pageable);

	long countByProviderCompanyIdAndStatus(long providerCompanyId, ApprovalStatus status);

	long countByCustomerCompanyIdAndStatus(long customerCompanyId, ApprovalStatus status);

	/**
	 * Decided requests of the company on either side, latest first (the decided indexes).
	 */
	@Query("""
			select a from Approval a where (a.providerCompanyId = :companyId or a.customerCompanyId = :companyId)
			and a.status <> com.interconnect.portal.marketplace.ApprovalStatus.PENDING
			order by a.decidedAt desc, a.id desc""")
	Page<Approval> decidedOf(long companyId, Pageable pageable);

	/** Pending requests due to expire, locked (skipping those someone is deciding). */
	@Query(value = """
			select * from approval where status = 'PENDING' and expires_at <= :now
			order by expires_at limit :limit for update skip locked""", nativeQuery = true)
	List<Approval> claimExpired(Instant now, int limit);

	/** Pending requests not yet reminded that expire before {@code before}, locked. */
	@Query(value = """
			select * from approval where status = 'PENDING' and reminded_at is null and expires_at <= :before
			order by expires_at limit :limit for update skip locked""", nativeQuery = true)
	List<Approval> claimToRemind(Instant before, int limit);

	/** The VXC's approval of its new order. */
	Optional<Approval> findFirstByVxcIdAndTypeOrderByIdDesc(long vxcId, ApprovalType type);

	boolean existsByCustomerCompanyIdAndProviderCompanyId(long customerCompanyId, long providerCompanyId);

}
