package com.interconnect.portal.marketplace.web;

import com.interconnect.portal.marketplace.domain.ApprovalService;
import com.interconnect.portal.shared.CurrentUser;

import org.springframework.data.util.Lazy;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the number of pending requests of the signed-in user's company, for
 * "Approvals (2)" in the navigation.
 */
@ControllerAdvice
class ApprovalsAdvice {

	private final ApprovalService approvals;

	ApprovalsAdvice(ApprovalService approvals) {
		this.approvals = approvals;
	}

	/** Counted only when a page is rendered, not for a redirect. */
	@ModelAttribute("pendingApprovals")
	Lazy<Long> pendingApprovals(@AuthenticationPrincipal CurrentUser user) {
		return (user != null) ? Lazy.of(() -> this.approvals.pendingCount(user)) : null;
	}

}
