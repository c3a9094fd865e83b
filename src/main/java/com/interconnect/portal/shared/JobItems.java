package com.interconnect.portal.shared;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a background job one item at a time, each in a transaction of its own, so that one
 * item that fails (a row a step cannot write) neither rolls back the others nor stalls
 * the job: its failures are counted in {@code job_item}, it waits before it is tried
 * again, and after {@link #MAX_FAILURES} in a row it is set aside with a WARN line
 * "Background job … set item … aside" for an operator to alert on. A job claims its items
 * there too ({@link #claim}), since their row locks end with the claim's transaction; its
 * claim query leaves out the items claimed, waiting or set aside.
 */
@Component
public class JobItems {

	/** Failures in a row before an item is set aside. */
	public static final int MAX_FAILURES = 5;

	private static final Logger logger = LoggerFactory.getLogger(JobItems.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	JobItems(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * Claims the items for this instance until {@code until}: another instance leaves
	 * them out of its claim query until then. Two instances whose claim queries found the
	 * same items (the first committed its claim after the second's query began) get each
	 * item once: the one whose insert comes second finds it claimed.
	 * @return the items this instance claimed, of {@code itemIds}
	 */
	public List<Long> claim(String job, List<Long> itemIds, Instant until) {
		return this.jdbc.queryForList("""
				insert into job_item (job, item_id, retry_at) select ?, unnest(?::bigint[]), ?
				on conflict (job, item_id) do update set retry_at = excluded.retry_at
				where job_item.set_aside_at is null and job_item.retry_at <= ?
				returning item_id""", Long.class, job, itemIds.toArray(Long[]::new), Timestamp.from(until),
				Timestamp.from(this.clock.instant()));
	}

	/**
	 * Runs the step of one item in its own transaction.
	 * @param retryAfter how long a failed item waits before it is tried again
	 * @return whether the step ran to its end (false when it failed)
	 */
	public boolean run(String job, long itemId, Duration retryAfter, Runnable step) {
		try {
			this.transaction.executeWithoutResult((status) -> {
				step.run();
				this.jdbc.update("delete from job_item where job = ? and item_id = ?", job, itemId);
			});
			return true;
		}
		catch (RuntimeException ex) {
			recordFailure(job, itemId, retryAfter, ex);
			return false;
		}
	}

	private void recordFailure(String job, long itemId, Duration retryAfter, RuntimeException ex) {
		Instant now = this.clock.instant();
		String error = truncate(ex.toString());
		Integer failures = this.transaction.execute((status) -> this.jdbc.queryForObject("""
				insert into job_item (job, item_id, failures, last_error, last_failed_at, retry_at)
				values (?, ?, 1, ?, ?, ?)
				on conflict (job, item_id) do update set failures = job_item.failures + 1,
				    last_error = excluded.last_error, last_failed_at = excluded.last_failed_at,
				    retry_at = excluded.retry_at,
				    set_aside_at = case when job_item.failures + 1 >= ? then excluded.last_failed_at end
				returning failures""", Integer.class, job, itemId, error, Timestamp.from(now),
				Timestamp.from(now.plus(retryAfter)), MAX_FAILURES));
		if (failures != null && failures >= MAX_FAILURES) {
			logger.warn("Background job {} set item {} aside after {} failures in a row; it is no longer tried: {}",
					job, itemId, failures, error);
		}
		else {
			logger.warn("Background job {} failed on item {} ({} of {} failures before it is set aside): {}", job,
					itemId, failures, MAX_FAILURES, error);
		}
	}

	private static String truncate(String error) {
		return (error.length() <= 1000) ? error : error.substring(0, 999) + "…";
	}

}
