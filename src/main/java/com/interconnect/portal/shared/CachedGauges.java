package com.interconnect.portal.shared;

import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Gauges read from the database for {@code /actuator/prometheus}: one snapshot query
 * feeds several gauges and runs at most once per {@link #MAX_AGE}, however often (and by
 * however many scrapers) the metrics are read.
 *
 * @param <S> the snapshot the gauges read their values from
 */
public final class CachedGauges<S> {

	/** How old a snapshot may be before the next read queries the database again. */
	public static final Duration MAX_AGE = Duration.ofSeconds(5);

	private final MeterRegistry registry;

	private final Supplier<S> query;

	private S snapshot;

	private long takenAt;

	public CachedGauges(MeterRegistry registry, Supplier<S> query) {
		this.registry = registry;
		this.query = query;
	}

	/** Registers a gauge that reads its value from the current snapshot. */
	public CachedGauges<S> gauge(String name, String description, String baseUnit, Function<S, Number> value) {
		Gauge.builder(name, () -> value.apply(current()))
			.description(description)
			.baseUnit(baseUnit)
			.strongReference(true)
			.register(this.registry);
		return this;
	}

	private synchronized S current() {
		long now = System.nanoTime();
		if (this.snapshot == null || now - this.takenAt > MAX_AGE.toNanos()) {
			this.snapshot = this.query.get();
			this.takenAt = now;
		}
		return this.snapshot;
	}

}
