package com.interconnect.portal.notification.domain;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The operator's email log over the outbox. Its searches are built by
 * {@link EmailLogService} from the filters actually given, so that each is served by one
 * index: (created_at desc, id desc), (status, …), (notification_group, …), or the trigram
 * indexes on lower(recipient) and lower(subject).
 */
interface EmailLogRepository extends Repository<OutboundEmail, Long>, JpaSpecificationExecutor<OutboundEmail> {

	Optional<OutboundEmail> findById(long id);

	/**
	 * The email, locked until the transaction ends: two Operator Admins resending it at
	 * once queue it once.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from OutboundEmail e where e.id = :id")
	Optional<OutboundEmail> lockById(long id);

}
