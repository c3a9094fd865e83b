package com.interconnect.portal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.support.TestSmtp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every POST form of the portal, found by rendering every GET page of its request
 * mappings (as a user who may use its forms), fed what careless users and attackers type:
 * each field in turn empty, blank, 5,000 characters, control characters, script and
 * markup, SQL, emoji with right-to-left text; a number field out of range and not a
 * number; a select or checkbox a value it does not offer. Never a 5xx, never the markup
 * unescaped, and a refusal (the form again, or a 4xx) stores nothing: row triggers count
 * every insert, update and delete in the portal's tables.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FormFuzzTests {

	private static final String SCRIPT = "<script>alert('fuzz')</script>";

	private static final String MARKUP = "<img src=x onerror=alert(1)><b>bold</b>";

	private static final List<String> TEXT = List.of("", "   ", "x".repeat(5000), "nul\u0000byte",
			"bell\u0007 and csi\u009b", "line\r\nbreak", SCRIPT, MARKUP, "' OR '1'='1'; DROP TABLE company; --",
			"😀 مرحبا \u202Egnp.exe", "%00%27%22", "../../etc/passwd");

	private static final List<String> NUMBERS = List.of("-1", "0", "2147483648", "99999999999999999999999", "1.5",
			"1e3", "abc", " 7 ");

	private static final List<String> DATES = List.of("2026-13-45", "0000-00-00", "tomorrow", "99999-01-01");

	private static final String FORGED = "__forged__ ' <b>";

	/** Tables a request changes although nothing was stored for it. */
	private static final Set<String> NOT_WATCHED = Set.of("flyway_schema_history", "event_publication",
			"event_publication_archive", "rate_limit_window", "fuzz_change");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@BeforeAll
	static void smtp() {
		TestSmtp.start();
	}

	@AfterAll
	static void dropWatch(@Autowired JdbcTemplate jdbc) {
		for (String table : tables(jdbc)) {
			jdbc.execute("drop trigger if exists fuzz_watch on " + table);
		}
		jdbc.execute("drop table if exists fuzz_change");
		jdbc.execute("drop function if exists fuzz_watch()");
	}

	@Test
	void noInputGivesA5xxAnUnescapedPayloadOrAStoredRefusal() throws Exception {
		PortalWorld world = new PortalWorld(this.context);
		watchEveryTable();
		List<String> failures = new ArrayList<>();
		Map<String, Form> forms = formsOfEveryPage(world, failures);
		int requests = 0;
		int fields = 0;
		for (Form form : forms.values()) {
			for (Field field : form.fields()) {
				fields++;
				for (String value : payloadsFor(field)) {
					requests++;
					Map<String, List<String>> params = new LinkedHashMap<>(form.baseline());
					params.put(field.name(), List.of(value));
					long changesBefore = changes();
					String request = form.action() + " " + field.name() + "=" + abbreviate(value) + " as "
							+ ((form.actor() != null) ? form.actor().email() : "anonymous");
					MockHttpServletResponse response;
					try {
						response = submit(form, params);
					}
					catch (Exception ex) {
						// an exception no handler answered: the servlet container's 500
						failures.add(request + ": 500 (" + rootCause(ex) + ")");
						continue;
					}
					String what = request + ": " + response.getStatus();
					String body = response.getContentAsString();
					if (response.getStatus() >= 500) {
						failures.add(what + " (a 5xx)");
					}
					if (body.contains(SCRIPT) || body.contains("<img src=x onerror")) {
						failures.add(what + " (the payload unescaped)");
					}
					boolean refused = response.getStatus() >= 400 || (response.getStatus() == 200
							&& (body.contains("class=\"field-error\"") || body.contains("class=\"error-summary\"")));
					long stored = changes() - changesBefore;
					if (refused && stored > 0) {
						failures.add(what + " (refused, but " + stored + " rows changed: " + lastChanges(stored) + ")");
					}
				}
			}
		}
		System.out.println("Form fuzzing: " + forms.size() + " forms, " + fields + " fields, " + requests
				+ " requests: " + forms.keySet());
		assertThat(forms).as("forms found").hasSizeGreaterThan(15);
		assertThat(failures).as(String.join("\n", failures)).isEmpty();
	}

	/** Renders every GET page of the request mappings and collects its POST forms. */
	private Map<String, Form> formsOfEveryPage(PortalWorld world, List<String> failures) throws Exception {
		Map<String, Form> forms = new LinkedHashMap<>();
		for (Map.Entry<RequestMappingInfo, ?> mapping : this.mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = mapping.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
				continue;
			}
			for (String pattern : info.getPatternValues()) {
				if (pattern.equals("/error") || pattern.startsWith("/v3/") || pattern.startsWith("/swagger")) {
					continue;
				}
				String path = new UriTemplate(pattern).expand(world.variablesOf(pattern)).toString();
				CurrentUser viewer = world.viewerOf(pattern);
				MockHttpServletRequestBuilder request = get(path);
				if (viewer != null) {
					request.with(user(viewer));
				}
				MockHttpServletResponse page;
				try {
					page = this.mvc.perform(request).andReturn().getResponse();
				}
				catch (Exception ex) {
					failures.add("GET " + path + ": 500 (" + rootCause(ex) + ")");
					continue;
				}
				if (page.getStatus() != 200) {
					failures.add("GET " + path + " answered " + page.getStatus());
					continue;
				}
				Document document = Jsoup.parse(page.getContentAsString());
				for (Element element : document.select("form[method=post]")) {
					String action = element.attr("action");
					if (action.equals("/logout")) {
						continue;
					}
					Form form = Form.of(action, element, viewer);
					if (!form.fields().isEmpty()) {
						forms.putIfAbsent(action + " " + form.fieldNames(), form);
					}
				}
			}
		}
		return forms;
	}

	private MockHttpServletResponse submit(Form form, Map<String, List<String>> params) throws Exception {
		MockHttpServletRequestBuilder request = post(form.action()).with(csrf());
		if (form.actor() != null) {
			request.with(user(form.actor()));
		}
		params.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private static List<String> payloadsFor(Field field) {
		List<String> payloads = new ArrayList<>();
		switch (field.kind()) {
			case "select", "checkbox", "radio" -> {
				payloads.add(FORGED);
				payloads.add("");
				payloads.add("nul\u0000");
			}
			case "number" -> {
				payloads.addAll(NUMBERS);
				payloads.addAll(TEXT);
			}
			case "date", "datetime-local" -> {
				payloads.addAll(DATES);
				payloads.addAll(TEXT);
			}
			default -> payloads.addAll(TEXT);
		}
		return payloads;
	}

	private void watchEveryTable() {
		this.jdbc.execute("create table if not exists fuzz_change (id bigserial primary key, tbl text, op text)");
		this.jdbc.execute("""
				create or replace function fuzz_watch() returns trigger language plpgsql as $$
				begin
				  insert into fuzz_change (tbl, op) values (tg_table_name, tg_op);
				  return null;
				end $$""");
		for (String table : tables(this.jdbc)) {
			// the dispatcher marks emails sent meanwhile: an email row counts when
			// written
			String events = table.equals("outbound_email") ? "insert or delete" : "insert or update or delete";
			this.jdbc.execute("drop trigger if exists fuzz_watch on " + table);
			this.jdbc.execute("create trigger fuzz_watch after " + events + " on " + table
					+ " for each row execute function fuzz_watch()");
		}
	}

	private static List<String> tables(JdbcTemplate jdbc) {
		return jdbc
			.queryForList("select table_name from information_schema.tables where table_schema = current_schema()"
					+ " and table_type = 'BASE TABLE'", String.class)
			.stream()
			.filter((table) -> !NOT_WATCHED.contains(table))
			.toList();
	}

	private long changes() {
		return this.jdbc.queryForObject("select count(*) from fuzz_change", Long.class);
	}

	private String lastChanges(long count) {
		return this.jdbc
			.queryForList("select tbl || ' ' || op from fuzz_change order by id desc limit ?", String.class, count)
			.toString();
	}

	private static String rootCause(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = String.valueOf(cause.getMessage());
		return cause.getClass().getSimpleName() + ": " + message.substring(0, Math.min(160, message.length()));
	}

	private static String abbreviate(String value) {
		String shown = value.replaceAll("\\p{Cntrl}", "?");
		return (shown.length() > 40) ? shown.substring(0, 40) + "…(" + shown.length() + ")" : "'" + shown + "'";
	}

	/** A field of a form and what kind of value it takes. */
	record Field(String name, String kind) {
	}

	/**
	 * A POST form as the page rendered it: its action, who used it, its fields and the
	 * values it was rendered with.
	 */
	record Form(String action, CurrentUser actor, List<Field> fields, Map<String, List<String>> baseline) {

		private static final Pattern NUMERIC = Pattern.compile("inputmode=\"?numeric");

		static Form of(String action, Element form, CurrentUser actor) {
			List<Field> fields = new ArrayList<>();
			Set<String> names = new LinkedHashSet<>();
			Map<String, List<String>> baseline = new LinkedHashMap<>();
			for (Element input : form.select("input[name], select[name], textarea[name]")) {
				String name = input.attr("name");
				if (name.equals("_csrf") || name.startsWith("_")) {
					continue;
				}
				String kind = kindOf(input);
				if (names.add(name)) {
					fields.add(new Field(name, kind));
				}
				String value = valueOf(input, kind);
				if (value != null) {
					baseline.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
				}
			}
			return new Form(action, actor, fields, baseline);
		}

		String fieldNames() {
			return this.fields.stream().map(Field::name).toList().toString();
		}

		private static String kindOf(Element input) {
			if (input.tagName().equals("select")) {
				return "select";
			}
			if (input.tagName().equals("textarea")) {
				return "textarea";
			}
			Matcher numeric = NUMERIC.matcher(input.outerHtml());
			if (numeric.find()) {
				return "number";
			}
			String type = input.attr("type");
			return type.isEmpty() ? "text" : type;
		}

		private static String valueOf(Element input, String kind) {
			return switch (kind) {
				case "select" -> {
					Element selected = input.selectFirst("option[selected]");
					Element option = (selected != null) ? selected : input.selectFirst("option");
					yield (option != null) ? option.attr("value") : null;
				}
				case "textarea" -> input.text();
				case "checkbox", "radio" -> input.hasAttr("checked") ? input.attr("value") : null;
				default -> input.attr("value");
			};
		}

	}

}
