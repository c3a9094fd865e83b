package com.interconnect.portal.user.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.interconnect.portal.user.AccountLocked;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed log-ins and locks an account after
 * {@code portal.login.max-failed-attempts} of them in a row.
 */
@Service
public class LoginAttempts {

	private final UserRepository users;

	private final LoginProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Counter failedLogins;

	private final Counter locks;

	@PersistenceContext
	private EntityManager entityManager;

	LoginAttempts(UserRepository users, LoginProperties properties, ApplicationEventPublisher events, Clock clock,
			MeterRegistry meters) {
		this.users = users;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
		this.failedLogins = Counter.builder("portal.logins.failed")
			.description("Failed log-ins on this instance")
			.register(meters);
		this.locks = Counter.builder("portal.accounts.locked")
			.description("Accounts locked after too many failed log-ins, on this instance")
			.register(meters);
	}

	/**
	 * Counts a failed log-in; the failure that reaches the limit locks the account and
	 * publishes {@link AccountLocked}.
	 */
	@Transactional
	public void recordFailure(String email) {
		this.failedLogins.increment();
		if (!User.canBeAnEmail(email)) {
			return;
		}
		Instant now = this.clock.instant();
		this.users.clearExpiredLock(User.normalise(email), now);
		int counted = this.users.recordFailedLogin(User.normalise(email), this.properties.maxFailedAttempts(),
				now.plus(this.properties.lockDuration()));
		if (counted > 0) {
			publishIfJustLocked(User.normalise(email));
		}
	}

	/**
	 * The count starts from zero after a success or an expired lock and goes up by one
	 * per failure, under the row lock that the update holds until this transaction ends:
	 * so exactly one failure sees the count at the limit, the one that locked the
	 * account.
	 */
	private void publishIfJustLocked(String email) {
		List<Object[]> locked = this.entityManager
			.createQuery("""
					select u.id, u.companyId, u.email, u.lockedUntil from User u
					where u.email = :email and u.failedLoginAttempts = :limit and u.lockedUntil is not null""",
					Object[].class)
			.setParameter("email", email)
			.setParameter("limit", this.properties.maxFailedAttempts())
			.getResultList();
		locked.forEach((user) -> {
			this.locks.increment();
			this.events
				.publishEvent(new AccountLocked((Long) user[0], (Long) user[1], (String) user[2], (Instant) user[3]));
		});
	}

	@Transactional
	public void recordSuccess(String email) {
		if (!User.canBeAnEmail(email)) {
			return;
		}
		this.users.resetFailedLogins(User.normalise(email));
	}

	@Transactional(readOnly = true)
	public boolean isLocked(String email) {
		if (!User.canBeAnEmail(email)) {
			return false;
		}
		return this.users.findByEmail(User.normalise(email))
			.map((user) -> !user.toCurrentUser(this.clock.instant()).isAccountNonLocked())
			.orElse(false);
	}

	public long lockMinutes() {
		return this.properties.lockDuration().toMinutes();
	}

}
