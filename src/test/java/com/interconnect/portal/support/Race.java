package com.interconnect.portal.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs actions at the same moment, each on its own thread: every thread waits at a
 * {@link CyclicBarrier} until all are ready, so they overlap instead of running one after
 * the other whenever a thread happens to start late. A race test runs {@link #ROUNDS}
 * rounds, each on fresh data, and checks its invariant after every round.
 */
public final class Race {

	/** How many rounds a race test runs (each round is one overlapping start). */
	public static final int ROUNDS = 20;

	private Race() {
	}

	/** The actions' results, in the order of the actions. */
	@SafeVarargs
	public static <T> List<T> run(Callable<T>... actions) {
		CyclicBarrier barrier = new CyclicBarrier(actions.length);
		ExecutorService pool = Executors.newFixedThreadPool(actions.length);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> action : actions) {
				futures.add(pool.submit(() -> {
					barrier.await(30, TimeUnit.SECONDS);
					return action.call();
				}));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(60, TimeUnit.SECONDS));
			}
			return results;
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("A racing action failed", ex.getCause());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			pool.shutdownNow();
		}
	}

}
