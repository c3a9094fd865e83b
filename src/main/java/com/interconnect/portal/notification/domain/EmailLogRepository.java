package com.interconnect.portal.notification.domain;

import java.util.List;
import java.util.Optional;

import com.interconnect.portal.notification.NotificationGroup;
import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The operator's email log over the outbox. A filter that is not given (null) drops out
 * of the plan, as every statement is planned with its parameters (plan_cache_mode), so
 * each search is served by one index: (created_at desc, id desc), (status, …),
 * (notification_group, …), or the trigram indexes on lower(recipient) and lower(subject).
 */
interface EmailLogRepository extends Repository<OutboundEmail, Long> {

	/** The filters of the log: part of the recipient or subject, status, group. */
	String FILTER = """
			from OutboundEmail e where (:pattern is null
			  or lower(e.recipient) like :pattern escape '\\' or lower(e.subject) like :pattern escape '\\')
			and (:status is null or e.status = :status) and (:group is null or e.group = :group)""";

	String NEWEST_FIRST = " order by e.createdAt desc, e.id desc";

	@Query("select e " + FILTER + NEWEST_FIRST)
	List<OutboundEmail> page(String pattern, EmailStatus status, NotificationGroup group, Pageable pageable);

	/** How many emails match, counting at most {@code limit} (a CappedPage's count). */
	@Query("select count(*) from (select e.id as id " + FILTER + NEWEST_FIRST + " limit :limit) matches")
	long countUpTo(String pattern, EmailStatus status, NotificationGroup group, long limit);

	Optional<OutboundEmail> findById(long id);

	/**
	 * The email, locked until the transaction ends: two Operator Admins resending it at
	 * once queue it once.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from OutboundEmail e where e.id = :id")
	Optional<OutboundEmail> lockById(long id);

}
