package com.interconnect.portal.ordering.domain;

import java.time.Clock;

import com.interconnect.portal.shared.CachedGauges;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * The provisioner's backlog: services still being provisioned, and how far behind its due
 * steps it runs (0 while it keeps up).
 */
@Component
class ProvisioningMetrics {

	ProvisioningMetrics(MeterRegistry registry, ServiceRepository services, Clock clock) {
		new CachedGauges<>(registry, () -> services.provisioningBacklog(clock.instant()))
			.gauge("portal.services.provisioning", "Ordered services the provisioner has not taken LIVE yet", null,
					ServiceRepository.ProvisioningBacklog::getInProgress)
			.gauge("portal.provisioning.lag", "How overdue the provisioner's most overdue step is", "seconds",
					ServiceRepository.ProvisioningBacklog::getLagSeconds);
	}

}
