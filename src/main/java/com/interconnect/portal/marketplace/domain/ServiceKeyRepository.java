package com.interconnect.portal.marketplace.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ServiceKeyRepository extends JpaRepository<ServiceKey, Long> {

	Optional<ServiceKey> findByKeyValue(UUID keyValue);

	Optional<ServiceKey> findByIdAndCompanyId(long id, long companyId);

	/** Company > Service Keys, newest first (service_key_company_idx). */
	Page<ServiceKey> findByCompanyIdOrderByIdDesc(long companyId, Pageable pageable);

	/**
	 * Uses the key once, in one statement: of two customers using a single-use key at the
	 * same moment, the second waits for the first and then finds it used.
	 * <p>
	 * It does not clear the persistence context: it runs inside the order's transaction,
	 * and clearing would drop the order's own pending changes (the configuration marked
	 * ordered). The key loaded before stays as it was read; nothing in that transaction
	 * changes it.
	 * @return 1 when it was used, 0 when it can no longer be
	 */
	@Modifying(flushAutomatically = true)
	@Query(value = """
			update service_key set uses = uses + 1, last_used_at = :now, version = version + 1
			where id = :id and active and (multi_use or uses = 0) and valid_from <= :today and valid_to >= :today""",
			nativeQuery = true)
	int use(long id, Instant now, LocalDate today);

}
