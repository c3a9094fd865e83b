package com.interconnect.portal.audit.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The audit log's queries, newest first, each served by an index on (company_id,
 * occurred_at desc, id desc) or (occurred_at desc, id desc).
 */
interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

	Page<AuditEntry> findByCompanyIdOrderByOccurredAtDescIdDesc(long companyId, Pageable pageable);

	Page<AuditEntry> findAllByOrderByOccurredAtDescIdDesc(Pageable pageable);

	@Query("""
			select e from AuditEntry e where e.companyId = :companyId
			and (lower(e.subject) like :pattern escape '\\' or lower(e.actorName) like :pattern escape '\\'
			or lower(e.oldValue) like :pattern escape '\\' or lower(e.newValue) like :pattern escape '\\')
			order by e.occurredAt desc, e.id desc""")
	Page<AuditEntry> search(long companyId, String pattern, Pageable pageable);

	@Query("""
			select e from AuditEntry e
			where lower(e.subject) like :pattern escape '\\' or lower(e.actorName) like :pattern escape '\\'
			or lower(e.oldValue) like :pattern escape '\\' or lower(e.newValue) like :pattern escape '\\'
			order by e.occurredAt desc, e.id desc""")
	Page<AuditEntry> searchEveryCompany(String pattern, Pageable pageable);

}
