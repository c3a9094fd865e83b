package com.interconnect.portal.notification.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How emails leave the outbox ({@code portal.mail.*}): the sender address, how often and
 * how many at a time the dispatcher sends, and how it retries.
 *
 * @param from the sender address; the operator's name is its personal name
 * @param dispatchInterval the pause between two dispatch runs
 * @param batchSize how many emails one dispatch round claims
 * @param maxAttempts after this many failed attempts an email is given up as failed
 * @param initialBackoff the wait after the first failed attempt, doubled after each
 * further one
 * @param maxBackoff the longest wait between two attempts
 * @param claimTimeout how long a round's claim on its emails lasts: an instance that
 * stops dead while sending leaves the emails it had not recorded to the others after this
 * long
 */
@ConfigurationProperties("portal.mail")
record OutboundMailProperties(String from, Duration dispatchInterval, int batchSize, int maxAttempts,
		Duration initialBackoff, Duration maxBackoff, Duration claimTimeout) {

	OutboundMailProperties {
		if (batchSize < 1 || maxAttempts < 1) {
			throw new IllegalArgumentException("portal.mail.batch-size and portal.mail.max-attempts must be positive");
		}
	}

	/** The domain of the sender address, which every Message-ID ends with. */
	String fromDomain() {
		return this.from.substring(this.from.indexOf('@') + 1);
	}

	/**
	 * The wait after the given number of failed attempts:
	 * {@code min(initialBackoff * 2^(attempts-1), maxBackoff)}.
	 */
	Duration backoffAfter(int failedAttempts) {
		int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
		Duration backoff = this.initialBackoff.multipliedBy(1L << doublings);
		return (backoff.compareTo(this.maxBackoff) > 0) ? this.maxBackoff : backoff;
	}

}
