package com.interconnect.portal.marketplace.domain;

import java.time.Duration;
import java.util.List;

import com.interconnect.portal.shared.JobItems;
import com.interconnect.portal.shared.LogContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Expires pending connection requests after {@code portal.marketplace.request-expiry} and
 * reminds providers once before that, every
 * {@code portal.marketplace.expiry-check-interval}. Rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so several portal instances never expire or remind
 * twice. Tests call {@link #runOnce()}.
 */
@Component
public class ApprovalExpiry {

	private static final Logger logger = LoggerFactory.getLogger(ApprovalExpiry.class);

	private static final int BATCH_SIZE = 100;

	private static final int MAX_ROUNDS = 20;

	private static final String JOB = "approval-expiry";

	/** How long a request whose expiry failed waits before it is tried again. */
	private static final Duration RETRY_AFTER = Duration.ofMinutes(5);

	private final ApprovalService approvals;

	private final JobItems items;

	ApprovalExpiry(ApprovalService approvals, JobItems items) {
		this.approvals = approvals;
		this.items = items;
	}

	@Scheduled(fixedDelayString = "${portal.marketplace.expiry-check-interval}",
			initialDelayString = "${portal.marketplace.expiry-check-interval}")
	void expireScheduled() {
		LogContext.runJob("approval-expiry", () -> {
			try {
				int expired = 0;
				for (int round = 0; round < MAX_ROUNDS; round++) {
					int batch = runOnce();
					expired += batch;
					if (batch < BATCH_SIZE) {
						break;
					}
				}
				logger.debug("{} connection requests and speed changes were due to expire", expired);
			}
			catch (RuntimeException ex) {
				logger.warn("Expiring connection requests failed, will try again: {}", ex.toString());
			}
		});
	}

	/**
	 * Expires the due requests, each in a transaction of its own (one that fails is
	 * counted and set aside after a few, see {@link JobItems}), and sends the due
	 * reminders, one batch, now.
	 * @return how many due requests were found
	 */
	public int runOnce() {
		List<Long> due = this.approvals.expiredRequests(BATCH_SIZE);
		for (long approvalId : due) {
			this.items.run(JOB, approvalId, RETRY_AFTER, () -> this.approvals.expire(approvalId));
		}
		this.approvals.remind(BATCH_SIZE);
		return due.size();
	}

}
