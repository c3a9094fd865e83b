package com.interconnect.portal.ordering.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.interconnect.portal.ordering.ServiceState;
import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
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
	 * The services the provisioner must move on now, but for those another instance holds
	 * or claimed, and those that wait after a failed step or were set aside (see
	 * {@link com.interconnect.portal.shared.JobItems}).
	 */
	@Query(value = """
			select * from service s where s.next_step_at <= :now
			and not exists (select 1 from job_item j where j.job = 'provisioning' and j.item_id = s.id
			                and (j.set_aside_at is not null or j.retry_at > :now))
			order by s.next_step_at limit :limit for update skip locked""", nativeQuery = true)
	List<Service> claimDue(Instant now, int limit);

	/**
	 * One claimed service, locked until its step commits, if it is still due (another
	 * instance may have moved it on meanwhile).
	 */
	@Query(value = "select * from service where id = :id and next_step_at <= :now for update skip locked",
			nativeQuery = true)
	Optional<Service> lockDue(long id, Instant now);

	/** The service, locked until the transaction ends (to cancel it). */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from Service s where s.id = :id and s.companyId = :companyId")
	Optional<Service> lockByIdAndCompanyId(long id, long companyId);

	/** Locks a port that a VXC being ordered will use, whoever owns it. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from Service s where s.id = :id")
	Optional<Service> lockById(long id);

	/**
	 * The Services page: one page of a company's services, newest first. The rows to skip
	 * are skipped in service_company_idx alone, and only the page's rows are read (a deep
	 * page of a company with 200,000 services stays fast: docs/benchmarks.md).
	 */
	@Query(value = """
			select s.* from service s where s.id in (
			  select id from service where company_id = :companyId order by id desc offset :offset limit :size)
			order by s.id desc""", nativeQuery = true)
	List<Service> pageOf(long companyId, long offset, int size);

	/**
	 * How many services the company has, counting at most {@code limit} (a
	 * {@link com.interconnect.portal.shared.CappedPage}'s count).
	 */
	@Query(value = "select count(*) from (select 1 from service where company_id = :companyId limit :limit) c",
			nativeQuery = true)
	long countUpTo(long companyId, long limit);

	/** The same in one state, through service_company_state_idx. */
	@Query(value = """
			select s.* from service s where s.id in (
			  select id from service where company_id = :companyId and state = :state
			  order by id desc offset :offset limit :size)
			order by s.id desc""", nativeQuery = true)
	List<Service> pageInStateOf(long companyId, String state, long offset, int size);

	@Query(value = """
			select count(*) from (select 1 from service where company_id = :companyId and state = :state limit :limit) c""",
			nativeQuery = true)
	long countInStateUpTo(long companyId, String state, long limit);

	/**
	 * A company's services whose lower-cased name is like {@code pattern} (escaped with a
	 * backslash), newest first.
	 */
	@Query("""
			select s from Service s where s.companyId = :companyId and lower(s.name) like :pattern escape '\\'
			order by s.id desc""")
	List<Service> searchByName(long companyId, String pattern, Pageable pageable);

	@Query(value = """
			select count(*) from (select 1 from service where company_id = :companyId
			  and lower(name) like :pattern escape '\\' limit :limit) c""", nativeQuery = true)
	long countByNameUpTo(long companyId, String pattern, long limit);

	@Query("""
			select s from Service s where s.companyId = :companyId and s.state = :state
			and lower(s.name) like :pattern escape '\\' order by s.id desc""")
	List<Service> searchByNameInState(long companyId, String pattern, ServiceState state, Pageable pageable);

	@Query(value = """
			select count(*) from (select 1 from service where company_id = :companyId and state = :state
			  and lower(name) like :pattern escape '\\' limit :limit) c""", nativeQuery = true)
	long countByNameInStateUpTo(long companyId, String pattern, String state, long limit);

	/** The VXCs with an end on the port, whichever company owns them, newest first. */
	@Query("""
			select s from Service s where s.aEndPortId = :portId or s.bEndPortId = :portId
			order by s.id desc""")
	Page<Service> findVxcsOn(long portId, Pageable pageable);

	/** The VXCs with an end on the port that are not in one of the {@code states}. */
	@Query("""
			select s from Service s where (s.aEndPortId = :portId or s.bEndPortId = :portId)
			and s.state not in :states order by s.id""")
	Page<Service> findVxcsOnNotIn(long portId, Collection<ServiceState> states, Pageable pageable);

	/**
	 * The provisioner's backlog for the metrics, through service_due_idx: the services it
	 * still has to move on, and how late the most overdue step is.
	 */
	@Query(value = """
			select (select count(*) from service where next_step_at is not null) as inProgress,
			       coalesce(extract(epoch from cast(:now as timestamptz)
			           - (select min(next_step_at) from service where next_step_at <= :now)), 0) as lagSeconds
			""", nativeQuery = true)
	ProvisioningBacklog provisioningBacklog(Instant now);

	interface ProvisioningBacklog {

		long getInProgress();

		double getLagSeconds();

	}

}
