package com.interconnect.portal.notification.domain;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

import com.interconnect.portal.notification.NotificationGroup;
import com.interconnect.portal.shared.CachedGauges;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * The outbox's metrics: emails pending, failed and the age of the oldest pending one
 * (from the database, the same on every instance), and the emails this instance sent, per
 * group.
 */
@Component
class EmailMetrics {

	private final Map<NotificationGroup, Counter> sent = new EnumMap<>(NotificationGroup.class);

	EmailMetrics(MeterRegistry registry, OutboundEmailRepository emails, Clock clock) {
		new CachedGauges<>(registry, () -> emails.backlog(clock.instant()))
			.gauge("portal.emails.pending", "Emails waiting in the outbox to be sent", null,
					OutboundEmailRepository.EmailBacklog::getPending)
			.gauge("portal.emails.failed", "Emails given up after their last attempt", null,
					OutboundEmailRepository.EmailBacklog::getFailed)
			.gauge("portal.emails.oldest.pending.age", "How long the oldest pending email has waited", "seconds",
					OutboundEmailRepository.EmailBacklog::getOldestPendingSeconds);
		for (NotificationGroup group : NotificationGroup.values()) {
			this.sent.put(group,
					Counter.builder("portal.emails.sent")
						.description("Emails this instance handed to the SMTP server")
						.tag("group", group.name())
						.register(registry));
		}
	}

	void sent(NotificationGroup group) {
		this.sent.get(group).increment();
	}

}
