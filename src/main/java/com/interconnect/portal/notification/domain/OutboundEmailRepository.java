package com.interconnect.portal.notification.domain;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
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

}
