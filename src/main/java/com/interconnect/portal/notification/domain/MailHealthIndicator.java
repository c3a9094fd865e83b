package com.interconnect.portal.notification.domain;

import java.time.Clock;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The {@code mail} component of {@code /actuator/health}: whether the SMTP server
 * answers, with the outbox's backlog. An SMTP outage only delays email (the outbox keeps
 * it), so it reads {@link #DEGRADED}, which answers 200 and is not part of the readiness
 * group: the load balancer keeps sending users to the portal.
 */
@Component("mailHealthIndicator")
class MailHealthIndicator extends AbstractHealthIndicator {

	/** The portal serves, email waits in the outbox. */
	static final Status DEGRADED = new Status("DEGRADED", "The SMTP server does not answer; emails wait in the outbox");

	private final JavaMailSenderImpl mailSender;

	private final OutboundEmailRepository emails;

	private final Clock clock;

	MailHealthIndicator(JavaMailSenderImpl mailSender, OutboundEmailRepository emails, Clock clock) {
		super("SMTP health check failed");
		this.mailSender = mailSender;
		this.emails = emails;
		this.clock = clock;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		OutboundEmailRepository.EmailBacklog backlog = this.emails.backlog(this.clock.instant());
		builder.withDetail("location", this.mailSender.getHost() + ":" + this.mailSender.getPort())
			.withDetail("pending", backlog.getPending())
			.withDetail("failed", backlog.getFailed())
			.withDetail("oldestPendingSeconds", Math.round(backlog.getOldestPendingSeconds()));
		try {
			this.mailSender.testConnection();
			builder.up();
		}
		catch (Exception ex) {
			builder.status(DEGRADED).withDetail("error", ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

}
