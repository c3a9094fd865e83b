package com.interconnect.portal.user.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.interconnect.portal.shared.Role;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserRepository extends JpaRepository<User, Long> {

	Optional<User> findByEmail(String email);

	boolean existsByEmail(String email);

	Optional<User> findByIdAndCompanyId(long id, long companyId);

	boolean existsByCompanyId(long companyId);

	@Query("""
			select u from User u where u.companyId = :companyId
			and (lower(u.fullName) like :pattern or u.email like :pattern)
			order by lower(u.fullName), u.id""")
	Page<User> search(long companyId, String pattern, Pageable pageable);

	/**
	 * Locks the company's active admins so that two changes cannot each remove "another"
	 * admin at once.
	 */
	@Query(value = """
			select id from app_user where company_id = :companyId and role = :#{#role.name()} and status = 'ACTIVE'
			for update""", nativeQuery = true)
	List<Long> lockActiveAdmins(long companyId, Role role);

	/**
	 * Counts a failed log-in in one statement (safe under concurrent attempts) and locks
	 * the account when the limit is reached.
	 */
	@Modifying
	@Query(value = """
			update app_user set failed_login_attempts = failed_login_attempts + 1,
			locked_until = case when failed_login_attempts + 1 >= :maxAttempts then cast(:lockUntil as timestamptz)
			else locked_until end
			where email = :email and status = 'ACTIVE'""", nativeQuery = true)
	int recordFailedLogin(String email, int maxAttempts, Instant lockUntil);

	@Modifying
	@Query(value = """
			update app_user set failed_login_attempts = 0, locked_until = null
			where email = :email and (failed_login_attempts > 0 or locked_until is not null)""", nativeQuery = true)
	int resetFailedLogins(String email);

	/** A lock that has run out starts a fresh count. */
	@Modifying
	@Query(value = """
			update app_user set failed_login_attempts = 0, locked_until = null
			where email = :email and locked_until <= cast(:now as timestamptz)""", nativeQuery = true)
	int clearExpiredLock(String email, Instant now);

}
