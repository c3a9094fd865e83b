package com.interconnect.portal.user.domain;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<Invitation> findByTokenHash(String tokenHash);

	List<Invitation> findByUserIdAndUsedAtIsNull(long userId);

}
