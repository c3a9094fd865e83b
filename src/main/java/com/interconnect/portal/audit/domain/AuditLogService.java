package com.interconnect.portal.audit.domain;

import java.util.HashMap;
import java.util.Map;

import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.audit.AuditPermissions;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Forbidden;
import com.interconnect.portal.shared.LikePattern;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit log, with the acting user's company and role checked here: a Company
 * Admin sees their own company's entries whatever company the request names; an Operator
 * Admin sees every company's.
 */
@Service
@Transactional(readOnly = true)
public class AuditLogService {

	static final int PAGE_SIZE = 25;

	private final AuditEntryRepository entries;

	private final Accounts accounts;

	AuditLogService(AuditEntryRepository entries, Accounts accounts) {
		this.entries = entries;
		this.accounts = accounts;
	}

	/**
	 * One page of entries, newest first, matching {@code query} in the subject, the actor
	 * or the values (case-insensitive).
	 * @param companyId the company to narrow the log to: honoured for an Operator Admin,
	 * ignored for a Company Admin (who only ever sees their own)
	 */
	public AuditLogPage page(CurrentUser actor, Long companyId, String query, int pageNumber) {
		Forbidden.unless(AuditPermissions.canViewAuditLog(actor), "Only a Company Admin can see the audit log.");
		boolean everyCompany = AuditPermissions.seesEveryCompany(actor);
		Long scope = everyCompany ? companyId : Long.valueOf(actor.companyId());
		CompanySummary company = (scope != null) ? this.accounts.get(scope) : null;
		Pageable pageable = PageRequest.of(Math.max(pageNumber, 0), PAGE_SIZE);
		String pattern = (query != null && !query.isBlank()) ? LikePattern.containing(query) : null;
		Page<AuditEntry> found;
		if (scope != null) {
			found = (pattern != null) ? this.entries.search(scope, pattern, pageable)
					: this.entries.findByCompanyIdOrderByOccurredAtDescIdDesc(scope, pageable);
		}
		else {
			found = (pattern != null) ? this.entries.searchEveryCompany(pattern, pageable)
					: this.entries.findAllByOrderByOccurredAtDescIdDesc(pageable);
		}
		Map<Long, String> companyNames = new HashMap<>();
		return new AuditLogPage(found.map((entry) -> entry.view(everyCompany
				? companyNames.computeIfAbsent(entry.companyId(), (id) -> this.accounts.get(id).name()) : null)),
				everyCompany, company);
	}

}
