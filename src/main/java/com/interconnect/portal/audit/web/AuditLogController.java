package com.interconnect.portal.audit.web;

import com.interconnect.portal.audit.domain.AuditLogService;
import com.interconnect.portal.shared.CurrentUser;

import org.springframework.data.domain.Pageable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Company &gt; Audit Log: a Company Admin's own company, or every company for an Operator
 * Admin (who may narrow it with {@code ?company=<id>}).
 */
@Controller
@RequestMapping("/company/audit-log")
class AuditLogController {

	private final AuditLogService auditLog;

	AuditLogController(AuditLogService auditLog) {
		this.auditLog = auditLog;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser actor, @RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "company", required = false) Long companyId, Pageable pageable, Model model) {
		model.addAttribute("log", this.auditLog.page(actor, companyId, query, pageable.getPageNumber()));
		model.addAttribute("q", query);
		return "audit/log";
	}

}
