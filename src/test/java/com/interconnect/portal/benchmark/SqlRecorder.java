package com.interconnect.portal.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.util.ClassUtils;

/**
 * Records every SQL statement the current thread executes through the application's
 * {@link DataSource}: its text, its parameters (to replay it under EXPLAIN) and how long
 * the driver took. It sits under Hibernate, Spring Data and {@code JdbcClient} alike, so
 * it counts what the database really receives (Hibernate's own statistics would miss the
 * catalog's {@code JdbcClient} queries). Plain JDK proxies: no library is added for it.
 */
final class SqlRecorder {

	private static final ThreadLocal<List<Execution>> recording = new ThreadLocal<>();

	private SqlRecorder() {
	}

	/** Starts recording the current thread's statements. */
	static void start() {
		recording.set(new ArrayList<>());
	}

	/**
	 * Stops recording and returns what the current thread executed since
	 * {@link #start()}.
	 */
	static List<Execution> stop() {
		List<Execution> executions = recording.get();
		recording.remove();
		return (executions != null) ? executions : List.of();
	}

	static DataSource wrap(DataSource target) {
		return proxy(target, (proxy, method, args) -> {
			Object result = invoke(target, method, args);
			return (result instanceof Connection connection) ? connection(connection) : result;
		});
	}

	private static Connection connection(Connection target) {
		return proxy(target, (proxy, method, args) -> {
			Object result = invoke(target, method, args);
			if (result instanceof PreparedStatement statement && args != null && args[0] instanceof String sql) {
				return preparedStatement(statement, sql);
			}
			if (result instanceof Statement statement && method.getName().equals("createStatement")) {
				return statement(statement);
			}
			return result;
		});
	}

	private static PreparedStatement preparedStatement(PreparedStatement target, String sql) {
		List<Binding> bindings = new ArrayList<>();
		return proxy(target, (proxy, method, args) -> {
			String name = method.getName();
			if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer) {
				bindings.add(new Binding(method, args.clone()));
			}
			else if (name.equals("clearParameters")) {
				bindings.clear();
			}
			else if (name.startsWith("execute") && (args == null || args.length == 0)) {
				return timed(sql, List.copyOf(bindings), () -> invoke(target, method, args));
			}
			return invoke(target, method, args);
		});
	}

	private static Statement statement(Statement target) {
		return proxy(target, (proxy, method, args) -> {
			if (method.getName().startsWith("execute") && args != null && args.length > 0
					&& args[0] instanceof String sql) {
				return timed(sql, List.of(), () -> invoke(target, method, args));
			}
			return invoke(target, method, args);
		});
	}

	private static Object timed(String sql, List<Binding> bindings, Call call) throws Throwable {
		List<Execution> executions = recording.get();
		if (executions == null) {
			return call.run();
		}
		long start = System.nanoTime();
		try {
			return call.run();
		}
		finally {
			executions.add(new Execution(sql, bindings, System.nanoTime() - start));
		}
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(T target, InvocationHandler handler) {
		return (T) Proxy.newProxyInstance(SqlRecorder.class.getClassLoader(),
				ClassUtils.getAllInterfacesForClass(target.getClass(), SqlRecorder.class.getClassLoader()), handler);
	}

	private interface Call {

		Object run() throws Throwable;

	}

	/** A parameter set on a prepared statement, replayed by {@link #explain}. */
	record Binding(Method setter, Object[] args) {

	}

	/** One statement the database executed, with the driver's time in nanoseconds. */
	record Execution(String sql, List<Binding> bindings, long nanos) {

		/**
		 * The custom plan: what PostgreSQL chooses for this statement with these very
		 * parameters (EXPLAIN ANALYZE, in a transaction that is rolled back, so a write
		 * changes nothing).
		 */
		List<String> explain(DataSource dataSource) throws SQLException {
			try (Connection connection = dataSource.getConnection()) {
				connection.setAutoCommit(false);
				try (PreparedStatement explain = connection
					.prepareStatement("explain (analyze, buffers) " + this.sql)) {
					for (Binding binding : this.bindings) {
						binding.setter().invoke(explain, binding.args());
					}
					return lines(explain.executeQuery());
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException("Could not replay the parameters of " + this.sql, ex);
				}
				finally {
					connection.rollback();
				}
			}
		}

		/**
		 * The generic plan: what a server-side prepared statement runs once PostgreSQL's
		 * plan cache has switched to a plan for any parameters, which it may do after
		 * five executions on a connection (pgjdbc prepares a statement on the server from
		 * its fifth use, {@code prepareThreshold=5}). Run with these parameters, rolled
		 * back.
		 * @return the plan, or why there is none
		 */
		List<String> explainGeneric(DataSource dataSource) throws SQLException {
			try (Connection connection = dataSource.getConnection();
					Statement statement = connection.createStatement()) {
				connection.setAutoCommit(false);
				try {
					statement.execute("set local plan_cache_mode = force_generic_plan");
					statement.execute("prepare benchmark_generic as " + numberedParameters());
					return lines(statement
						.executeQuery("explain (analyze, buffers) execute benchmark_generic(" + literals() + ")"));
				}
				catch (SQLException ex) {
					return List.of("(no generic plan: " + ex.getMessage() + ")");
				}
				finally {
					connection.rollback();
					connection.setAutoCommit(true);
					try {
						statement.execute("deallocate benchmark_generic");
					}
					catch (SQLException ex) {
						// it was not prepared
					}
				}
			}
		}

		/** The statement with $1, $2… for its JDBC parameters (outside quoted text). */
		private String numberedParameters() {
			StringBuilder numbered = new StringBuilder();
			boolean quoted = false;
			int parameter = 0;
			for (char c : this.sql.toCharArray()) {
				if (c == '\'') {
					quoted = !quoted;
				}
				if (c == '?' && !quoted) {
					numbered.append('$').append(++parameter);
				}
				else {
					numbered.append(c);
				}
			}
			return numbered.toString();
		}

		private String literals() throws SQLException {
			Map<Integer, Object> values = new TreeMap<>();
			for (Binding binding : this.bindings) {
				Object[] args = binding.args();
				values.put((Integer) args[0], binding.setter().getName().equals("setNull") ? null : args[1]);
			}
			List<String> literals = new ArrayList<>();
			for (Object value : values.values()) {
				literals.add(literal(value));
			}
			return String.join(", ", literals);
		}

		private static String literal(Object value) throws SQLException {
			if (value == null) {
				return "null";
			}
			if (value instanceof Number || value instanceof Boolean) {
				return value.toString();
			}
			Object plain = (value instanceof Array array) ? array.getArray() : value;
			if (plain.getClass().isArray()) {
				List<String> elements = new ArrayList<>();
				for (int i = 0; i < java.lang.reflect.Array.getLength(plain); i++) {
					elements.add(String.valueOf(java.lang.reflect.Array.get(plain, i)));
				}
				return quote("{" + String.join(",", elements) + "}");
			}
			return quote(plain.toString());
		}

		private static String quote(String text) {
			return "'" + text.replace("'", "''") + "'";
		}

		private static List<String> lines(ResultSet rows) throws SQLException {
			List<String> lines = new ArrayList<>();
			try (rows) {
				while (rows.next()) {
					lines.add(rows.getString(1));
				}
			}
			return lines;
		}

	}

}
