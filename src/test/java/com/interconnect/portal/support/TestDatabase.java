package com.interconnect.portal.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Creates the test database before any test runs, if .ci/run has not already: tests need
 * only a PostgreSQL server at 127.0.0.1:5432 (or {@code TEST_DATABASE_ADMIN_URL}).
 */
public class TestDatabase implements LauncherSessionListener {

	static final String NAME = "portal_test";

	/** The schema of src/test/resources/config/application.properties. */
	static final String SCHEMA = "portal";

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		String url = System.getenv()
			.getOrDefault("TEST_DATABASE_ADMIN_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
		try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
				Statement statement = connection.createStatement()) {
			try (ResultSet exists = statement
				.executeQuery("select 1 from pg_database where datname = '" + NAME + "'")) {
				if (!exists.next()) {
					statement.execute("create database " + NAME);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Tests need PostgreSQL at " + url + " (see README.md)", ex);
		}
		String testUrl = url.substring(0, url.lastIndexOf('/') + 1) + NAME;
		try (Connection connection = DriverManager.getConnection(testUrl, "postgres", "postgres");
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + SCHEMA + " cascade");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not reset the schema " + SCHEMA + " of " + testUrl, ex);
		}
	}

}
