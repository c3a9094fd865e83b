package com.interconnect.portal.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * The portal's clock in every test context (the primary {@code Clock} bean, registered
 * through META-INF/spring.factories): the wall clock in UTC until a test moves it on with
 * {@link #advance}, so that expiry, lock-out, validity and reminders are reached by time
 * passing, not by editing timestamps in SQL. A test that advances it calls
 * {@link #reset()} when it ends (every cached context shares this one clock).
 */
public final class TestClock extends Clock {

	private static final TestClock INSTANCE = new TestClock();

	private volatile Duration offset = Duration.ZERO;

	private volatile Instant stoppedAt;

	private TestClock() {
	}

	public static TestClock get() {
		return INSTANCE;
	}

	/** Time passes: the portal's "now" moves on by the amount. */
	public static synchronized void advance(Duration amount) {
		if (INSTANCE.stoppedAt != null) {
			INSTANCE.stoppedAt = INSTANCE.stoppedAt.plus(amount);
		}
		else {
			INSTANCE.offset = INSTANCE.offset.plus(amount);
		}
	}

	/**
	 * The clock stands still (until {@link #advance} or {@link #reset()}), so that a test
	 * and the portal agree on "today" even across midnight UTC.
	 */
	public static synchronized void stop() {
		INSTANCE.stoppedAt = INSTANCE.instant();
	}

	/** Back to the wall clock. */
	public static synchronized void reset() {
		INSTANCE.offset = Duration.ZERO;
		INSTANCE.stoppedAt = null;
	}

	/** The portal's "now". */
	public static Instant now() {
		return INSTANCE.instant();
	}

	/** The portal's today, in UTC. */
	public static LocalDate today() {
		return LocalDate.ofInstant(now(), ZoneOffset.UTC);
	}

	@Override
	public Instant instant() {
		Instant stopped = this.stoppedAt;
		return (stopped != null) ? stopped : Instant.now().plus(this.offset);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The portal's clock is UTC");
	}

	/** Registers the clock as the primary {@code Clock} of every test context. */
	public static class Registration implements ContextCustomizerFactory {

		@Override
		public ContextCustomizer createContextCustomizer(Class<?> testClass,
				List<ContextConfigurationAttributes> configAttributes) {
			return new Customizer();
		}

	}

	private static final class Customizer implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			RootBeanDefinition definition = new RootBeanDefinition(Clock.class, TestClock::get);
			definition.setPrimary(true);
			((BeanDefinitionRegistry) context.getBeanFactory()).registerBeanDefinition("testClock", definition);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Customizer;
		}

		@Override
		public int hashCode() {
			return Customizer.class.hashCode();
		}

	}

}
