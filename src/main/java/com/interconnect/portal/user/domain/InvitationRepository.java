package com.interconnect.portal.user.domain;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

	Optional<Invitation> findByTokenHash(String tokenHash);

	/**
	 * For using the link: two submissions of one link at once are serialised, and only
	 * the first succeeds.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from Invitation i where i.tokenHash = :tokenHash")
	Optional<Invitation> findForUpdateByTokenHash(String tokenHash);

	List<Invitation> findByUserIdAndUsedAtIsNull(long userId);

}
