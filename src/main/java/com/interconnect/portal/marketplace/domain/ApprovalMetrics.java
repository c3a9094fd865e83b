package com.interconnect.portal.marketplace.domain;

import com.interconnect.portal.shared.CachedGauges;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/** Pending approvals (connection requests and speed changes) of every company. */
@Component
class ApprovalMetrics {

	ApprovalMetrics(MeterRegistry registry, ApprovalRepository approvals) {
		new CachedGauges<>(registry, approvals::countPending).gauge("portal.approvals.pending",
				"Connection requests and speed changes waiting for the provider", null, Long::doubleValue);
	}

}
