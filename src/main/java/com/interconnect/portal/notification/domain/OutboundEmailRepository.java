package com.interconnect.portal.notification.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OutboundEmailRepository extends JpaRepository<OutboundEmail, Long> {

	/**
	 * Locks the due pending emails for the current transaction. Rows another instance has
	 * already locked are skipped, so two instances never claim (and send) the same email.
	 */
	@Query(value = """
			select * from outbound_email
			where status = 'PENDING' and next_attempt_at <= :now
			order by next_attempt_at
			limit :limit
			for update skip locked""", nativeQuery = true)
	List<OutboundEmail> claimDue(Instant now, int limit);

	/**
	 * A round's claim on the emails it locked: they are not due again (for any instance)
	 * until {@code until}, unless the round records them first.
	 */
	@Modifying
	@Query("update OutboundEmail e set e.nextAttemptAt = :until where e.id in :ids")
	int claim(Collection<Long> ids, Instant until);

	/** Hands back the claimed emails that a stopping round did not attempt. */
	@Modifying
	@Query("update OutboundEmail e set e.nextAttemptAt = :now where e.id in :ids and e.status = 'PENDING'")
	int release(Collection<Long> ids, Instant now);

	/**
	 * The outcome of one attempt, right after it: one update by id. The secret is kept
	 * only while the email is pending (a sent or given-up email forgets it).
	 */
	@Modifying
	@Query("""
			update OutboundEmail e set e.status = :status, e.attempts = :attempts, e.nextAttemptAt = :nextAttemptAt,
			    e.lastError = :lastError, e.sentAt = :sentAt, e.secret = :secret
			where e.id = :id""")
	int recordAttempt(long id, EmailStatus status, int attempts, Instant nextAttemptAt, String lastError,
			Instant sentAt, String secret);

	/** A user's notification list, newest first. */
	Page<OutboundEmail> findByUserIdOrderByCreatedAtDescIdDesc(long userId, Pageable pageable);

	Optional<OutboundEmail> findByIdAndUserId(long id, long userId);

	long countByUserIdAndReadAtIsNull(long userId);

	@Modifying
	@Query(value = """
			update outbound_email set read_at = cast(:now as timestamptz)
			where user_id = :userId and read_at is null""", nativeQuery = true)
	int markRead(long userId, Instant now);

	/**
	 * What {@code /actuator/prometheus} shows of the outbox, through the status indexes
	 * (pending rows are few; failed ones are counted from an index).
	 */
	@Query(value = """
			select (select count(*) from outbound_email where status = 'PENDING') as pending,
			       (select count(*) from outbound_email where status = 'FAILED') as failed,
			       coalesce(extract(epoch from cast(:now as timestamptz)
			           - (select min(created_at) from outbound_email where status = 'PENDING')), 0) as oldestPendingSeconds
			""",
			nativeQuery = true)
	EmailBacklog backlog(Instant now);

	interface EmailBacklog {

		long getPending();

		long getFailed();

		double getOldestPendingSeconds();

	}

}
