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

	/**
	 * The company's pending approvals on either side, in one statement over the two
	 * partial indexes (it runs on every page, for the navigation).
	 */
	@Query(value = """
			select (select count(*) from approval where provider_company_id = :companyId and status = 'PENDING')
			     + (select count(*) from approval where customer_company_id = :companyId and status = 'PENDING')""",
			nativeQuery = true)
	long countPendingOf(long companyId);

	/**
	 * One page of the company's decided requests on either side, latest first. Each side
	 * reads its own decided index in order and the two are merged (an OR of the two sides
	 * would read and sort all of them: docs/benchmarks.md).
	 * @param upTo how many rows the page needs from each side: its offset plus its size
	 */
	@Query(value = """
			select * from (
			  (select * from approval where provider_company_id = :companyId and status <> 'PENDING'
			   order by decided_at desc, id desc limit :upTo)
			  union all
			  (select * from approval where customer_company_id = :companyId and provider_company_id <> :companyId
			   and status <> 'PENDING' order by decided_at desc, id desc limit :upTo)
			) decided order by decided_at desc, id desc limit :size offset :offset""", nativeQuery = true)
	List<Approval> decidedOf(long companyId, long upTo, int size, long offset);

	/** How many of them there are, counting at most {@code limit} on each side. */
	@Query(value = """
			select (select count(*) from (select 1 from approval where provider_company_id = :companyId
			          and status <> 'PENDING' limit :limit) p)
			     + (select count(*) from (select 1 from approval where customer_company_id = :companyId
			          and provider_company_id <> :companyId and status <> 'PENDING' limit :limit) c)""",
			nativeQuery = true)
	long countDecidedUpTo(long companyId, long limit);

	/** Pending requests due to expire, locked (skipping those someone is deciding). */
	/**
	 * The pending requests whose time is up, oldest first, but for those whose expiry
	 * failed lately or was set aside ({@code job_item}).
	 */
	@Query(value = """
			select a.id from approval a where a.status = 'PENDING' and a.expires_at <= :now
			and not exists (select 1 from job_item j where j.job = 'approval-expiry' and j.item_id = a.id
			                and (j.set_aside_at is not null or j.retry_at > :now))
			order by a.expires_at limit :limit""", nativeQuery = true)
	List<Long> expiredIds(Instant now, int limit);

	/**
	 * The request, locked, if it is still pending and its time is up (another instance
	 * may have expired it meanwhile, or be doing so).
	 */
	@Query(value = """
			select * from approval where id = :id and status = 'PENDING' and expires_at <= :now
			for update skip locked""", nativeQuery = true)
	Optional<Approval> lockExpired(long id, Instant now);

	/** Pending requests not yet reminded that expire before {@code before}, locked. */
	@Query(value = """
			select * from approval where status = 'PENDING' and reminded_at is null and expires_at <= :before
			order by expires_at limit :limit for update skip locked""", nativeQuery = true)
	List<Approval> claimToRemind(Instant before, int limit);

	/** The VXC's approval of its new order. */
	Optional<Approval> findFirstByVxcIdAndTypeOrderByIdDesc(long vxcId, ApprovalType type);

	boolean existsByCustomerCompanyIdAndProviderCompanyId(long customerCompanyId, long providerCompanyId);

	/** Every company's pending requests, for the metrics (a partial index). */
	@Query(value = "select count(*) from approval where status = 'PENDING'", nativeQuery = true)
	long countPending();

}
