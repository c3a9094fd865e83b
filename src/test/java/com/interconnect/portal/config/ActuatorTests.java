package com.interconnect.portal.config;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.SupportedBy;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.Fixtures;
import com.interconnect.portal.support.HttpUser;
import com.interconnect.portal.support.TestData;
import com.interconnect.portal.support.TestSmtp;
import com.interconnect.portal.user.domain.UserService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator (and the load balancer, and anyone else) sees of the actuator on the
 * portal's own port, over real HTTP.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ActuatorTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	UserService users;

	CurrentUser operatorAdmin;

	CurrentUser companyAdmin;

	@BeforeAll
	static void startSmtp() {
		TestSmtp.start();
	}

	@BeforeEach
	void users() {
		Fixtures fixtures = new Fixtures(this.accounts, this.users);
		this.operatorAdmin = fixtures.user(fixtures.operator(), Role.OPERATOR_ADMIN);
		this.companyAdmin = fixtures.user(fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR),
				Role.COMPANY_ADMIN);
	}

	@Test
	void healthAndItsProbesArePublicWithoutDetails() {
		HttpUser anyone = new HttpUser(this.port);

		HttpResponse<String> health = anyone.get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components");
		assertThat(anyone.get("/actuator/health/liveness").body()).isEqualTo("{\"status\":\"UP\"}");
		assertThat(anyone.get("/actuator/health/readiness").body()).isEqualTo("{\"status\":\"UP\"}");
		assertThat(anyone.get("/actuator/health/db").statusCode()).isEqualTo(404);
	}

	@Test
	void anOperatorAdminSeesTheHealthDetailsInfoAndMetrics() {
		HttpUser operator = new HttpUser(this.port);
		assertThat(operator.logIn(this.operatorAdmin.email(), TestData.PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).doesNotContain("error"));

		HttpResponse<String> health = operator.get("/actuator/health");
		assertThat(health.body()).contains("\"db\":{\"details\":{\"database\":\"PostgreSQL\"", "\"livenessState\"",
				"\"readinessState\"");
		assertThat(operator.get("/actuator/health/mail").body()).contains("\"pending\":", "\"oldestPendingSeconds\":")
			.endsWith("\"status\":\"UP\"}");

		HttpResponse<String> info = operator.get("/actuator/info");
		assertThat(info.statusCode()).isEqualTo(200);
		assertThat(info.body()).contains("\"build\":{", "\"version\":\"0.1.0-SNAPSHOT\"", "\"git\":{", "\"commit\":{",
				"\"id\":");

		HttpResponse<String> metrics = operator.get("/actuator/prometheus");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("portal_emails_pending", "portal_emails_failed",
				"portal_emails_oldest_pending_age_seconds", "portal_emails_sent_total{", "group=\"PEOPLE\"",
				"portal_approvals_pending", "portal_services_provisioning", "portal_provisioning_lag_seconds",
				"portal_logins_failed_total", "portal_accounts_locked_total", "http_server_requests_seconds_count",
				"jvm_memory_used_bytes", "hikaricp_connections_active", "tomcat_sessions_active_current_sessions");
	}

	@Test
	void aFailedLogInCountsInTheMetrics() {
		HttpUser operator = new HttpUser(this.port);
		operator.logIn(this.operatorAdmin.email(), TestData.PASSWORD);
		double before = value(operator.get("/actuator/prometheus").body(), "portal_logins_failed_total");

		new HttpUser(this.port).logIn(this.companyAdmin.email(), "wrong-password");

		assertThat(value(operator.get("/actuator/prometheus").body(), "portal_logins_failed_total"))
			.isEqualTo(before + 1);
	}

	@Test
	void metricsAndInfoAreForOperatorAdminsOnly() {
		HttpUser anonymous = new HttpUser(this.port);
		HttpResponse<String> asked = anonymous.get("/actuator/prometheus");
		assertThat(asked.statusCode()).isEqualTo(302);
		assertThat(asked.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
		assertThat(anonymous.get("/actuator/info").statusCode()).isEqualTo(302);

		HttpUser customer = new HttpUser(this.port);
		customer.logIn(this.companyAdmin.email(), TestData.PASSWORD);
		assertThat(customer.get("/actuator/prometheus").statusCode()).isEqualTo(403);
		assertThat(customer.get("/actuator/info").statusCode()).isEqualTo(403);
		assertThat(customer.get("/actuator/health").body()).doesNotContain("components");
	}

	static double value(String prometheus, String name) {
		Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})? (\\S+)$").matcher(prometheus);
		assertThat(line.find()).as(name + " in\n" + prometheus).isTrue();
		return Double.parseDouble(line.group(2));
	}

}
