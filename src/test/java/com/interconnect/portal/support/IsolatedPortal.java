package com.interconnect.portal.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.interconnect.portal.PortalApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Portal instances whose lifecycle a test controls, on a database schema of their own:
 * the dispatchers of the cached test contexts (which share the portal schema) never see
 * their emails, so the test knows exactly who sends what. Every instance started from one
 * {@code IsolatedPortal} shares its schema, like several instances of the portal on one
 * database.
 */
public final class IsolatedPortal {

	private final String schema = "notification_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	public IsolatedPortal() {
	}

	public String schema() {
		return this.schema;
	}

	public ConfigurableApplicationContext start(String... properties) {
		return start((context) -> {
		}, properties);
	}

	public ConfigurableApplicationContext start(
			ApplicationContextInitializer<ConfigurableApplicationContext> initializer, String... properties) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
				"--spring.datasource.url=" + TestRun.databaseUrl(),
				"--spring.datasource.hikari.schema=" + this.schema));
		for (String property : properties) {
			args.add("--" + property);
		}
		return new SpringApplicationBuilder(PortalApplication.class).initializers(initializer)
			.run(args.toArray(String[]::new));
	}

	/** Drops the schema; call it once every instance is closed. */
	public void drop() {
		try (Connection connection = DriverManager.getConnection(TestRun.databaseUrl(), "postgres", "postgres");
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + this.schema + " cascade");
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
