package com.interconnect.portal.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.sql.DataSource;

/**
 * The benchmark's own database ({@code portal_bench}, never the tests' one) and its
 * dataset, seeded once by {@code benchmark/million-vxcs.sql} and reused by later runs: a
 * marker table {@code bench.dataset} records the SHA-256 of the script that seeded it, so
 * editing the script (or {@code -Dbenchmark.reseed=true}) seeds it again from scratch.
 */
final class MillionVxcsDataset {

	static final String DATABASE = System.getProperty("benchmark.database", "portal_bench");

	private static final String SCRIPT = "/benchmark/million-vxcs.sql";

	/**
	 * The tables the script fills: their secondary indexes are rebuilt after the load.
	 */
	private static final List<String> BULK_TABLES = List.of("company", "app_user", "support_details", "billing_market",
			"service", "service_event", "port_vlan", "approval", "outbound_email");

	private MillionVxcsDataset() {
	}

	/**
	 * Before the application starts (and Flyway migrates): creates the benchmark's
	 * database, after dropping it when it holds another script's dataset or a reseed is
	 * asked for.
	 * @return the JDBC URL of the database, schema {@code portal}
	 */
	static String prepareDatabase() {
		String adminUrl = System.getenv()
			.getOrDefault("TEST_DATABASE_ADMIN_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
		String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + DATABASE;
		try (Connection admin = DriverManager.getConnection(adminUrl, "postgres", "postgres");
				Statement statement = admin.createStatement()) {
			boolean exists;
			try (ResultSet found = statement
				.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
				exists = found.next();
			}
			if (exists && (Boolean.getBoolean("benchmark.reseed") || !currentOrEmpty(url))) {
				log("Dropping database " + DATABASE + " to seed it again");
				statement.execute("drop database " + DATABASE + " with (force)");
				exists = false;
			}
			if (!exists) {
				statement.execute("create database " + DATABASE);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The benchmark needs PostgreSQL at " + adminUrl, ex);
		}
		return url + "?currentSchema=portal";
	}

	/** Whether the database holds this script's dataset, or none at all. */
	private static boolean currentOrEmpty(String url) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
				Statement statement = connection.createStatement()) {
			try (ResultSet marker = statement.executeQuery("select script_sha256 from bench.dataset")) {
				return !marker.next() || marker.getString(1).equals(scriptHash());
			}
			catch (SQLException ex) {
				// no bench.dataset: the seeding (one transaction) never committed
				return true;
			}
		}
	}

	/** Whether the database already holds the dataset (its marker is committed). */
	static boolean isSeeded(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet marker = statement
					.executeQuery("select 1 from pg_tables where schemaname = 'bench' and tablename = 'dataset'")) {
			return marker.next();
		}
	}

	/**
	 * Seeds the dataset in one transaction: the non-unique secondary indexes of the bulk
	 * tables are dropped and then rebuilt from their own definitions (pg_get_indexdef);
	 * every constraint stays on. The marker is written in the same transaction.
	 */
	static void seed(DataSource dataSource) throws SQLException {
		long start = System.nanoTime();
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			connection.setAutoCommit(false);
			List<String> indexes = new ArrayList<>();
			try (ResultSet found = statement.executeQuery("""
					select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
					from pg_index i
					join pg_class t on t.oid = i.indrelid
					join pg_namespace n on n.oid = t.relnamespace
					where n.nspname = current_schema() and t.relname = any (array['%s'])
					and not i.indisunique and not i.indisprimary
					and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
					""".formatted(String.join("', '", BULK_TABLES)))) {
				while (found.next()) {
					statement.addBatch("drop index " + found.getString(1));
					indexes.add(found.getString(2));
				}
			}
			statement.executeBatch();
			for (Step step : steps()) {
				long stepStart = System.nanoTime();
				statement.execute(step.sql());
				log(String.format("%-110s %6.1f s", step.label(), seconds(stepStart)));
			}
			long indexStart = System.nanoTime();
			for (String index : indexes) {
				statement.execute(index);
			}
			log(String.format("%-110s %6.1f s", "rebuilt " + indexes.size() + " secondary indexes",
					seconds(indexStart)));
			statement.execute("create schema bench");
			statement.execute("""
					create table bench.dataset (script_sha256 char(64) not null, seeded_at timestamptz not null,
					seconds numeric not null)""");
			statement.execute("insert into bench.dataset values ('" + scriptHash() + "', now(), "
					+ Math.round(seconds(start)) + ")");
			connection.commit();
		}
		log(String.format("Seeded %s in %.0f s", DATABASE, seconds(start)));
	}

	/**
	 * VACUUM (ANALYZE) of the whole database: fresh statistics for the planner and a set
	 * visibility map (index-only scans), as autovacuum keeps a production database. Cheap
	 * when nothing changed since the last run.
	 */
	static void vacuumAnalyze(DataSource dataSource) throws SQLException {
		long start = System.nanoTime();
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			connection.setAutoCommit(true);
			statement.execute("vacuum (analyze)");
		}
		log(String.format("VACUUM (ANALYZE) in %.1f s", seconds(start)));
	}

	private record Step(String label, String sql) {

	}

	/**
	 * The script's statements, each ending with ";" at the end of a line, labelled by the
	 * first line of the comment right above it.
	 */
	private static List<Step> steps() {
		List<Step> steps = new ArrayList<>();
		String label = null;
		StringBuilder sql = new StringBuilder();
		for (String line : script().split("\n")) {
			String trimmed = line.strip();
			if (trimmed.startsWith("--")) {
				if (label == null && sql.isEmpty()) {
					label = trimmed.substring(2).strip();
				}
				continue;
			}
			if (trimmed.isEmpty() && sql.isEmpty()) {
				// a blank line ends a comment that labels no statement (the header)
				label = null;
				continue;
			}
			sql.append(line).append('\n');
			if (trimmed.endsWith(";")) {
				String text = sql.toString().strip();
				text = text.substring(0, text.length() - 1);
				steps.add(new Step((label != null) ? label : text.lines().findFirst().orElse(""), text));
				label = null;
				sql.setLength(0);
			}
		}
		return steps;
	}

	private static String script() {
		try (InputStream in = MillionVxcsDataset.class.getResourceAsStream(SCRIPT)) {
			if (in == null) {
				throw new IllegalStateException(SCRIPT + " is not on the classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String scriptHash() {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(script().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static double seconds(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}

	private static void log(String message) {
		System.out.println("[benchmark] " + message);
	}

}
