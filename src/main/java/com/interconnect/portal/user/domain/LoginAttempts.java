package com.interconnect.portal.user.domain;

import java.time.Clock;
import java.time.Instant;

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

	private final Clock clock;

	LoginAttempts(UserRepository users, LoginProperties properties, Clock clock) {
		this.users = users;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional
	public void recordFailure(String email) {
		Instant now = this.clock.instant();
		this.users.clearExpiredLock(User.normalise(email), now);
		this.users.recordFailedLogin(User.normalise(email), this.properties.maxFailedAttempts(),
				now.plus(this.properties.lockDuration()));
	}

	@Transactional
	public void recordSuccess(String email) {
		this.users.resetFailedLogins(User.normalise(email));
	}

	@Transactional(readOnly = true)
	public boolean isLocked(String email) {
		return this.users.findByEmail(User.normalise(email))
			.map((user) -> !user.toCurrentUser(this.clock.instant()).isAccountNonLocked())
			.orElse(false);
	}

	public long lockMinutes() {
		return this.properties.lockDuration().toMinutes();
	}

}
