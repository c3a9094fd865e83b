package com.interconnect.portal.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.interconnect.portal.benchmark.SqlRecorder.Execution;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * How fast the pages a user opens are with a million VXCs (conventions.md: "pages stay
 * fast with a million VXCs"; speed targets go in benchmarks, not in timed tests).
 * <p>
 * Not a test: {@code ./mvnw verify} never runs it (surefire includes only
 * {@code *Tests}). Run it on demand, see docs/benchmarks.md: <pre>
 * ./mvnw test -Dtest=MillionVxcsBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre> It starts the whole application against its own database {@code portal_bench}
 * (seeded once by {@link MillionVxcsDataset}, reused afterwards), warms every page up,
 * then times {@code benchmark.iterations} rounds of requests through MockMvc (the whole
 * stack: security filters, controller, services, database, Thymeleaf) and prints the
 * median and p95 of each page and the SQL statements each request sent, counted by
 * {@link SqlRecorder}. The table, every statement and its plans go to
 * {@code target/benchmark/}. It asserts only that each page answers 200 with the expected
 * content: the numbers are for people to read.
 */
@Tag("benchmark")
@SpringBootTest(properties = {
		// the dataset stays as seeded: no background job moves services,
		// expires approvals or sends email while the benchmark runs
		"portal.provisioning.interval=3650d", "portal.marketplace.expiry-check-interval=3650d",
		"portal.mail.dispatch-interval=3650d" })
@AutoConfigureMockMvc
class MillionVxcsBenchmark {

	private static final int WARM_UP = Integer.getInteger("benchmark.warmup", 10);

	private static final int ITERATIONS = Integer.getInteger("benchmark.iterations", 30);

	/**
	 * Extra JDBC URL parameters, e.g. {@code prepareThreshold=0}, to compare settings.
	 */
	private static final String JDBC_PARAMETERS = System.getProperty("benchmark.jdbcParameters", "");

	/** A statement taking longer than this per request is listed with its plans. */
	private static final double SLOW_STATEMENT_MS = 10;

	private static final Path OUTPUT = Path.of("target", "benchmark");

	@DynamicPropertySource
	static void benchmarkDatabase(DynamicPropertyRegistry registry) {
		String url = MillionVxcsDataset.prepareDatabase() + (JDBC_PARAMETERS.isBlank() ? "" : "&" + JDBC_PARAMETERS);
		registry.add("spring.datasource.url", () -> url);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void pagesAUserOpens() throws Exception {
		if (!MillionVxcsDataset.isSeeded(this.dataSource)) {
			MillionVxcsDataset.seed(this.dataSource);
		}
		MillionVxcsDataset.vacuumAnalyze(this.dataSource);
		List<Scenario> scenarios = scenarios();
		String loadBefore = loadAverage();

		// warm up every page first (JIT, caches, the plan caches of the pooled
		// connections), then time them in turns, so that a slow spell of the
		// machine hits every page alike
		for (int i = 0; i < WARM_UP; i++) {
			for (Scenario scenario : scenarios) {
				MockHttpServletResponse response = perform(scenario);
				if (i == 0) {
					assertThat(response.getContentAsString()).as(scenario.page()).contains(scenario.expected());
				}
			}
		}
		Map<Scenario, List<Run>> runs = new LinkedHashMap<>();
		for (int i = 0; i < ITERATIONS; i++) {
			for (Scenario scenario : scenarios) {
				runs.computeIfAbsent(scenario, (key) -> new ArrayList<>()).add(run(scenario));
			}
		}
		write(runs.entrySet().stream().map((entry) -> new Result(entry.getKey(), entry.getValue())).toList(),
				loadBefore);
	}

	/**
	 * The load average of the machine (1, 5, 15 minutes): the numbers mean little when
	 * something else kept its cores busy.
	 */
	private static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return String.join(" ", fields[0], fields[1], fields[2]);
		}
		catch (IOException | RuntimeException ex) {
			return "unknown";
		}
	}

	/** The pages, with the users who open them (see benchmark/million-vxcs.sql). */
	private List<Scenario> scenarios() {
		CurrentUser admin = signedIn("admin@c2.bench.example");
		CurrentUser sales = signedIn("sales@ops.bench.example");
		CurrentUser typical = signedIn("admin@c502.bench.example");
		String company = "Hyperscale Cloud Exchange";
		long typicalServices = count("select count(*) from service where company_id = ?", typical.companyId());
		long lastPage = (count("select count(*) from service where company_id = ?", admin.companyId()) - 1) / 25;
		long busyPort = count("select min(id) from service where company_id = ? and kind = 'PORT'", admin.companyId());
		long vxcsOnBusyPort = count("select count(*) from service where a_end_port_id = ? or b_end_port_id = ?",
				busyPort, busyPort);
		long marketplaceVxc = count("""
				select max(vxc_id) from approval
				where customer_company_id = ? and type = 'NEW_ORDER' and status = 'APPROVED'""", admin.companyId());
		return List.of(new Scenario("Dashboard", admin, company, "/"),
				new Scenario("Services, page 1", admin, "Page 1 of ", "/services"),
				new Scenario("Services, page 400", admin, "Page 400 of ", "/services", "page", "399"),
				new Scenario("Services, last page", admin, "Page %,d of ".formatted(lastPage + 1), "/services", "page",
						String.valueOf(lastPage)),
				new Scenario("Services, search, 1 in 120 match", admin, "Backup to Azure", "/services", "q",
						"backup to azure"),
				new Scenario("Services, search, 1 in 10 match", admin, "Prod to", "/services", "q", "prod"),
				new Scenario("Services, search, 1 match", admin, "123456", "/services", "q", "123456"),
				new Scenario("Services, search, no match", admin, "No service matches", "/services", "q", "xyz"),
				new Scenario("Services, state=LIVE", admin, "Live", "/services", "state", "LIVE"),
				new Scenario("Services of a typical company (" + typicalServices + ")", typical, "Page 1 of ",
						"/services"),
				new Scenario("Services of a typical company, search", typical, "Prod to", "/services", "q", "prod"),
				new Scenario("Port with " + vxcsOnBusyPort + " VXCs", admin, "VXCs on this port",
						"/services/" + busyPort),
				new Scenario("Marketplace VXC", admin, "Rate limit", "/services/" + marketplaceVxc),
				new Scenario("Approvals", admin, "Approvals", "/approvals"),
				new Scenario("Notifications", admin, "Your VXC is live", "/notifications"),
				new Scenario("Operator: companies, page 1", sales, "Companies", "/operator/companies"),
				new Scenario("Operator: companies, search, 1 in 25 match", sales, "Harbor", "/operator/companies", "q",
						"harbor"),
				new Scenario("Operator: companies, search, 1 match", sales, company, "/operator/companies", "q",
						"hyperscale"),
				new Scenario("Operator: companies, type=PARTNER", sales, "Partner", "/operator/companies", "type",
						"PARTNER"));
	}

	private Run run(Scenario scenario) throws Exception {
		SqlRecorder.start();
		long start = System.nanoTime();
		MockHttpServletResponse response;
		List<Execution> executions;
		try {
			response = perform(scenario);
		}
		finally {
			executions = SqlRecorder.stop();
		}
		double millis = (System.nanoTime() - start) / 1e6;
		return new Run(millis, executions, response.getContentAsByteArray().length);
	}

	private MockHttpServletResponse perform(Scenario scenario) throws Exception {
		MockHttpServletRequestBuilder request = get(scenario.path()).with(user(scenario.user()));
		for (int i = 0; i < scenario.params().length; i += 2) {
			request.param(scenario.params()[i], scenario.params()[i + 1]);
		}
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(scenario.page() + " " + scenario.request()).isEqualTo(200);
		return response;
	}

	private void write(List<Result> results, String loadBefore) throws IOException, SQLException {
		StringBuilder table = new StringBuilder();
		table.append(environment());
		table.append("Load average before warming up: ")
			.append(loadBefore)
			.append(", after: ")
			.append(loadAverage())
			.append("\n\n");
		table.append(String.format(Locale.ROOT,
				"%d warm-up rounds over all pages, then %d timed rounds; times in ms.%n%n", WARM_UP, ITERATIONS));
		table.append("| Page | Request | median | p95 | max | SQL (median) | statements | KB |\n");
		table.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
		results.forEach((result) -> table.append(result.row()).append('\n'));

		StringBuilder statements = new StringBuilder();
		StringBuilder slow = new StringBuilder();
		for (Result result : results) {
			statements.append(String.format(Locale.ROOT, "%n=== %s: %s (%s statements)%n", result.scenario().page(),
					result.scenario().request(), result.statementsText()));
			for (StatementTime time : result.statementTimes()) {
				Execution execution = time.example();
				statements
					.append(String.format(Locale.ROOT, "%n-- %d x per request, %.2f ms per request (median)%n%s%n",
							time.count(), time.medianMillis(), time.sql()));
				List<String> plan = execution.explain(this.dataSource);
				appendPlan(statements, "custom plan (these parameters)", plan);
				List<String> generic = execution.bindings().isEmpty() ? List.of()
						: execution.explainGeneric(this.dataSource);
				appendPlan(statements, "generic plan", generic);
				if (time.medianMillis() > SLOW_STATEMENT_MS) {
					slow.append(String.format(Locale.ROOT, "%n%s: %.1f ms per request (median, in the driver)%n%s%n",
							result.scenario().page(), time.medianMillis(), time.sql()));
					appendPlan(slow, "custom plan (these parameters)", plan);
					appendPlan(slow, "generic plan", generic);
				}
			}
		}
		table.append("\nStatements taking more than ")
			.append(SLOW_STATEMENT_MS)
			.append(" ms per request, with their plans:\n")
			.append(slow.isEmpty() ? "(none)\n" : slow);

		Files.createDirectories(OUTPUT);
		Files.writeString(OUTPUT.resolve("million-vxcs.md"), table, StandardCharsets.UTF_8);
		Files.writeString(OUTPUT.resolve("million-vxcs-statements.txt"), statements, StandardCharsets.UTF_8);
		System.out.println("\n" + table);
		System.out.println("[benchmark] The table: " + OUTPUT.resolve("million-vxcs.md"));
		System.out
			.println("[benchmark] Every statement with its plans: " + OUTPUT.resolve("million-vxcs-statements.txt"));
	}

	private static void appendPlan(StringBuilder text, String title, List<String> plan) {
		if (!plan.isEmpty()) {
			text.append("  ").append(title).append(":\n");
			plan.forEach((line) -> text.append("    ").append(line).append('\n'));
		}
	}

	private String environment() {
		Map<String, Object> data = this.jdbc.queryForMap("""
				select (select count(*) from company) as companies,
				(select count(*) from service where kind = 'PORT') as ports,
				(select count(*) from service where kind = 'VXC') as vxcs,
				(select count(*) from service_event) as service_events,
				(select count(*) from port_vlan) as port_vlans,
				(select count(*) from approval) as approvals,
				(select count(*) from outbound_email) as emails,
				(select count(*) from app_user) as users,
				pg_size_pretty(pg_database_size(current_database())) as size,
				version() as postgres,
				current_setting('shared_buffers') as shared_buffers,
				current_setting('work_mem') as work_mem,
				current_setting('jit') as jit,
				(select seeded_at from bench.dataset) as seeded_at""");
		return String.format(Locale.ROOT, """
				Machine: %d cores, Java %s, %s; JDBC parameters: %s
				PostgreSQL: %s (shared_buffers %s, work_mem %s, jit %s)
				Dataset (%s, seeded %s): %,d companies, %,d users, %,d ports, %,d VXCs, %,d service events, \
				%,d VLANs in use, %,d approvals, %,d emails
				""", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				System.getProperty("os.name"), JDBC_PARAMETERS.isBlank() ? "(driver defaults)" : JDBC_PARAMETERS,
				data.get("postgres").toString().replaceAll(" on .*", ""), data.get("shared_buffers"),
				data.get("work_mem"), data.get("jit"), data.get("size"), data.get("seeded_at"), data.get("companies"),
				data.get("users"), data.get("ports"), data.get("vxcs"), data.get("service_events"),
				data.get("port_vlans"), data.get("approvals"), data.get("emails"));
	}

	private CurrentUser signedIn(String email) {
		return this.jdbc.queryForObject(
				"select id, company_id, email, full_name, role, password_hash from app_user where email = ?",
				(rs, row) -> new CurrentUser(rs.getLong("id"), rs.getLong("company_id"), rs.getString("email"),
						rs.getString("full_name"), Role.valueOf(rs.getString("role")), rs.getString("password_hash"),
						false),
				email);
	}

	private long count(String sql, Object... args) {
		Long value = this.jdbc.queryForObject(sql, Long.class, args);
		return (value != null) ? value : 0;
	}

	/**
	 * A page a user opens: a GET of {@code path} with query parameters (name, value…).
	 */
	record Scenario(String page, CurrentUser user, String expected, String path, String... params) {

		String request() {
			StringBuilder request = new StringBuilder(this.path);
			for (int i = 0; i < this.params.length; i += 2) {
				request.append((i == 0) ? '?' : '&').append(this.params[i]).append('=').append(this.params[i + 1]);
			}
			return request.toString();
		}

	}

	/** One timed request: its time, its statements and the size of the page. */
	record Run(double millis, List<Execution> executions, int bytes) {

		double sqlMillis() {
			return this.executions.stream().mapToLong(Execution::nanos).sum() / 1e6;
		}

	}

	/** A distinct statement of a page: how often a request sends it, and its time. */
	record StatementTime(String sql, int count, double medianMillis, Execution example) {

	}

	/** The timed requests of a page. */
	record Result(Scenario scenario, List<Run> runs) {

		String row() {
			double[] millis = this.runs.stream().mapToDouble(Run::millis).sorted().toArray();
			return String.format(Locale.ROOT, "| %s | `%s` | %.1f | %.1f | %.1f | %.1f | %s | %.0f |",
					this.scenario.page(), this.scenario.request(), median(millis), percentile(millis, 95),
					millis[millis.length - 1], median(this.runs.stream().mapToDouble(Run::sqlMillis).toArray()),
					statementsText(), this.runs.get(0).bytes() / 1024.0);
		}

		/** The statements per request: one number, or min–max when requests differed. */
		String statementsText() {
			int min = this.runs.stream().mapToInt((run) -> run.executions().size()).min().orElse(0);
			int max = this.runs.stream().mapToInt((run) -> run.executions().size()).max().orElse(0);
			return (min == max) ? String.valueOf(min) : min + "–" + max;
		}

		/**
		 * The distinct statements of the last request, in order, each with its median
		 * time per request over all the timed requests.
		 */
		List<StatementTime> statementTimes() {
			List<Execution> last = this.runs.get(this.runs.size() - 1).executions();
			Map<String, List<Execution>> distinct = last.stream()
				.collect(Collectors.groupingBy(Execution::sql, LinkedHashMap::new, Collectors.toList()));
			return distinct.entrySet().stream().map((entry) -> {
				double[] perRequest = this.runs.stream()
					.mapToDouble((run) -> run.executions()
						.stream()
						.filter((execution) -> execution.sql().equals(entry.getKey()))
						.mapToLong(Execution::nanos)
						.sum() / 1e6)
					.toArray();
				return new StatementTime(entry.getKey(), entry.getValue().size(), median(perRequest),
						entry.getValue().get(0));
			}).toList();
		}

		private static double median(double[] values) {
			double[] sorted = values.clone();
			Arrays.sort(sorted);
			int middle = sorted.length / 2;
			return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
		}

		/** Nearest-rank percentile of sorted values. */
		private static double percentile(double[] sorted, int percent) {
			int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
			return sorted[Math.max(rank, 1) - 1];
		}

	}

	/**
	 * Wraps the application's DataSource so that {@link SqlRecorder} sees every
	 * statement.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class RecordingDataSource {

		@Bean
		static BeanPostProcessor sqlRecordingDataSource() {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return (bean instanceof DataSource dataSource) ? SqlRecorder.wrap(dataSource) : bean;
				}

			};
		}

	}

}
