package com.interconnect.portal.marketplace.domain;

import org.springframework.data.domain.Page;

/**
 * The Approvals page: requests to the company's ports, its own outgoing requests, and the
 * history of decided ones.
 *
 * @param incoming pending requests to the company's ports
 * @param outgoing the company's pending requests to other companies' ports
 * @param history decided requests, either side
 * @param canDecide whether the user may accept and deny requests
 */
public record ApprovalsPage(Page<ApprovalRow> incoming, Page<ApprovalRow> outgoing, Page<ApprovalRow> history,
		boolean canDecide) {

}
