package com.interconnect.portal.marketplace.domain;

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

	private final ApprovalService approvals;

	ApprovalExpiry(ApprovalService approvals) {
		this.approvals = approvals;
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
				logger.debug("Expired {} connection requests and speed changes", expired);
			}
			catch (RuntimeException ex) {
				logger.warn("Expiring connection requests failed, will try again: {}", ex.toString());
			}
		});
	}

	/**
	 * Expires the due requests and sends the due reminders, one batch, now.
	 * @return how many requests expired
	 */
	public int runOnce() {
		return this.approvals.expireAndRemind(BATCH_SIZE);
	}

}
