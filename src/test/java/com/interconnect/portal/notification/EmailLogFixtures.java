package com.interconnect.portal.notification;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.interconnect.portal.catalog.Catalog;
import com.interconnect.portal.catalog.LocationSummary;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Outbox rows as the email log tests need them, written straight to the database in a
 * given status (a pending row would be sent by the running dispatcher before the test
 * looks), and ports at a chosen location for the Service Status tests (the ordering
 * fixtures always use the first location). Public for the web tests.
 */
public final class EmailLogFixtures {

	private final JdbcTemplate jdbc;

	private final Catalog catalog;

	public EmailLogFixtures(JdbcTemplate jdbc, Catalog catalog) {
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	/** A sent email, written {@code ago} before now. */
	public long sent(String recipient, String subject, NotificationGroup group, Duration ago) {
		Instant createdAt = Instant.now().minus(ago);
		return insert(recipient, subject, group, "SENT", 1, null, createdAt, createdAt.plusSeconds(1));
	}

	/** An email given up after five failed attempts, written {@code ago} before now. */
	public long failed(String recipient, String subject, NotificationGroup group, Duration ago) {
		return insert(recipient, subject, group, "FAILED", 5, "MailSendException: 550 Mailbox unavailable",
				Instant.now().minus(ago), null);
	}

	private long insert(String recipient, String subject, NotificationGroup group, String status, int attempts,
			String lastError, Instant createdAt, Instant sentAt) {
		return this.jdbc.queryForObject("""
				insert into outbound_email (recipient, notification_group, event_type, subject, text_body, html_body,
				    status, attempts, last_error, next_attempt_at, created_at, sent_at)
				values (?, ?, 'TEST_EMAIL', ?, ?, ?, ?, ?, ?, ?, ?, ?)
				returning id""", Long.class, recipient, group.name(), subject, "Plain text of " + subject,
				"<p>HTML of " + subject + "</p>", status, attempts, lastError, Timestamp.from(createdAt),
				Timestamp.from(createdAt), (sentAt != null) ? Timestamp.from(sentAt) : null);
	}

	public Map<String, Object> row(long emailId) {
		return this.jdbc.queryForMap("select * from outbound_email where id = ?", emailId);
	}

	/** The active location with this code, e.g. {@code SYD-EQ-SY3}. */
	public LocationSummary location(String code) {
		return this.catalog.locations()
			.stream()
			.filter((location) -> location.code().equals(code))
			.findFirst()
			.orElseThrow();
	}

	/** A 10 Gbps port of the company at the location, in {@code state}. */
	public long port(long companyId, String name, LocationSummary location, String state) {
		return this.jdbc.queryForObject("""
				insert into service (company_id, kind, name, state, location_id, speed_gbps, term_months,
				    monthly_price, currency, created_at, live_at, ended_at)
				values (?, 'PORT', ?, ?, ?, 10, 12, 1295.00, 'USD', now(),
				    case when ? = 'LIVE' then now() end, case when ? = 'CANCELLED' then now() end)
				returning id""", Long.class, companyId, name, state, location.id(), state, state);
	}

}
