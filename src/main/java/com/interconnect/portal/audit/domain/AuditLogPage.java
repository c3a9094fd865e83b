package com.interconnect.portal.audit.domain;

import com.interconnect.portal.account.CompanySummary;

import org.springframework.data.domain.Page;

/**
 * What Company &gt; Audit Log shows: one page of entries, newest first.
 * {@code everyCompany} is true for an Operator Admin, who may narrow the log to
 * {@code company}; for a Company Admin {@code company} is always their own.
 */
public record AuditLogPage(Page<AuditEntryView> entries, boolean everyCompany, CompanySummary company) {

}
