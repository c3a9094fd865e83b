package com.interconnect.portal.support;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The email outbox as the witness of who is emailed: its rows are written in the
 * transaction of the change that causes them, so "nobody else" and "exactly once" can be
 * checked on them as soon as the change returns, with no chance of a late or duplicate
 * email still being on its way. Where delivery itself is the point, {@link #awaitSent}
 * waits until the dispatcher has drained the rows to the addresses, after which the SMTP
 * inbox holds all that it will ever get from them.
 */
public final class Outbox {

	private final JdbcTemplate jdbc;

	public Outbox(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The subjects of the outbox rows to the address, oldest first. */
	public List<String> subjectsTo(String email) {
		return this.jdbc.queryForList(
				"select subject from outbound_email where lower(recipient) = lower(?) order by created_at, id",
				String.class, email);
	}

	/** How many outbox rows to the address have a subject starting with the prefix. */
	public int count(String email, String subjectPrefix) {
		return (int) subjectsTo(email).stream().filter((subject) -> subject.startsWith(subjectPrefix)).count();
	}

	/**
	 * Waits (up to 30 s) until the dispatcher has sent every outbox row to the addresses,
	 * and checks that none of them failed.
	 */
	public void awaitSent(Collection<String> emails) {
		String[] addresses = emails.stream().map(String::toLowerCase).toArray(String[]::new);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from outbound_email where lower(recipient) = any(?) and status = 'PENDING'",
					Integer.class, (Object) addresses) == 0);
		assertThat(this.jdbc
			.queryForList("select recipient || ': ' || subject from outbound_email where lower(recipient) = any(?)"
					+ " and status = 'FAILED'", String.class, (Object) addresses))
			.as("failed emails")
			.isEmpty();
	}

}
