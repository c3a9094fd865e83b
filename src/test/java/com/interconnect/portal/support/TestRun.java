package com.interconnect.portal.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * What one test run owns, chosen before any test starts so that two runs on one machine
 * don't break each other: its database ({@code TEST_DATABASE_NAME}, {@code portal_test}
 * by default, created if missing and its schema rebuilt from the migrations) and the port
 * of its SMTP server ({@code TEST_SMTP_PORT}, a free one by default). While the run lasts
 * it holds an advisory lock on its database, so a second run on the same database stops
 * at once with a message instead of dropping the schema under the first.
 */
public class TestRun implements LauncherSessionListener {

	/** The schema of src/test/resources/config/application.properties. */
	static final String SCHEMA = "portal";

	private static final String ADMIN_URL = System.getenv()
		.getOrDefault("TEST_DATABASE_ADMIN_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");

	private static final String DATABASE = System.getenv().getOrDefault("TEST_DATABASE_NAME", "portal_test");

	/**
	 * Held for the life of the JVM: some launchers (PIT's) open a session per test, and
	 * the schema must be rebuilt only once, before the first Spring context starts.
	 */
	private static Connection lock;

	/**
	 * The JDBC URL of this run's database, the standard way: without
	 * {@code currentSchema}, the schema comes from
	 * {@code spring.datasource.hikari.schema}.
	 */
	public static String databaseUrl() {
		return ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + DATABASE;
	}

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		prepareOnce();
	}

	private static synchronized void prepareOnce() {
		if (lock != null) {
			return;
		}
		createDatabaseIfMissing();
		try {
			lock = DriverManager.getConnection(databaseUrl(), "postgres", "postgres");
			try (Statement statement = lock.createStatement()) {
				try (ResultSet locked = statement
					.executeQuery("select pg_try_advisory_lock(hashtext('interconnect-portal-test-run'))")) {
					locked.next();
					if (!locked.getBoolean(1)) {
						throw new IllegalStateException("Another test run is using the database " + DATABASE
								+ ": wait for it, or give this run its own with TEST_DATABASE_NAME");
					}
				}
				statement.execute("drop schema if exists " + SCHEMA + " cascade");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not reset the schema " + SCHEMA + " of " + databaseUrl(), ex);
		}
		System.setProperty("spring.datasource.url", databaseUrl());
		System.setProperty("spring.mail.port", String.valueOf(TestSmtp.PORT));
	}

	private static void createDatabaseIfMissing() {
		try (Connection connection = DriverManager.getConnection(ADMIN_URL, "postgres", "postgres");
				Statement statement = connection.createStatement()) {
			try (ResultSet exists = statement
				.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
				if (!exists.next()) {
					statement.execute("create database " + DATABASE);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Tests need PostgreSQL at " + ADMIN_URL + " (see README.md)", ex);
		}
	}

}
