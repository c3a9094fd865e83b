package com.interconnect.portal.shared;

import java.util.UUID;

import org.slf4j.MDC;

/**
 * What every log line says about where it comes from (the fields of the structured logs,
 * {@code logging.structured.format.console}): the request or job run it belongs to
 * ({@value #REQUEST_ID}), the signed-in user, or the user a job is working for
 * ({@value #USER_ID}), and the background job ({@value #JOB}).
 */
public final class LogContext {

	public static final String REQUEST_ID = "requestId";

	public static final String USER_ID = "userId";

	public static final String JOB = "job";

	private LogContext() {
	}

	/** A new id for a request that brought none, or a job's run. */
	public static String newRequestId() {
		return UUID.randomUUID().toString();
	}

	/**
	 * Runs one round of a background job with its name and a run id in every line it
	 * logs.
	 */
	public static void runJob(String job, Runnable round) {
		try (MDC.MDCCloseable name = MDC.putCloseable(JOB, job);
				MDC.MDCCloseable run = MDC.putCloseable(REQUEST_ID, newRequestId())) {
			round.run();
		}
	}

	/**
	 * Marks the lines logged until the returned handle is closed as concerning the given
	 * user (nothing when {@code userId} is null).
	 */
	public static Scope forUser(Long userId) {
		if (userId == null) {
			return () -> {
			};
		}
		MDC.put(USER_ID, userId.toString());
		return () -> MDC.remove(USER_ID);
	}

	/** Lines logged until {@link #close()} carry the value. */
	public interface Scope extends AutoCloseable {

		@Override
		void close();

	}

}
