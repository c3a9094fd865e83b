package com.interconnect.portal.config;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.HttpUser;
import com.interconnect.portal.support.IsolatedPortal;
import com.interconnect.portal.support.TestData;
import com.interconnect.portal.user.domain.UserService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The actuator on a management port of its own, with the SMTP server down: the portal
 * stays ready (email waits), the mail component says why, and the metrics need no log-in
 * there (the port is kept off the public network).
 */
class ManagementPortTests {

	private static final IsolatedPortal portal = new IsolatedPortal();

	private static ConfigurableApplicationContext instance;

	private static int managementPort;

	private static int serverPort;

	@BeforeAll
	static void start() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		instance = portal.start("management.server.port=0", "spring.mail.port=" + closedPort,
				"portal.mail.dispatch-interval=100ms", "portal.mail.max-attempts=1000");
		managementPort = Integer.parseInt(instance.getEnvironment().getProperty("local.management.port"));
		serverPort = Integer.parseInt(instance.getEnvironment().getProperty("local.server.port"));
	}

	@AfterAll
	static void stop() {
		if (instance != null) {
			instance.close();
		}
		portal.drop();
	}

	@Test
	void anSmtpOutageDegradesTheHealthButTheInstanceStaysReady() {
		HttpUser monitor = new HttpUser(managementPort);

		HttpResponse<String> health = monitor.get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body())
			.contains("\"description\":\"The SMTP server does not answer; emails wait in the outbox\"")
			.endsWith("\"status\":\"DEGRADED\"}");
		HttpResponse<String> readiness = monitor.get("/actuator/health/readiness");
		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(readiness.body()).isEqualTo("{\"status\":\"UP\"}");
	}

	@Test
	void theMetricsShowTheEmailsWaitingForTheSmtpServer() {
		UserService users = instance.getBean(UserService.class);
		CurrentUser admin = users.signUp(TestData.unique("Metrics Co"), "Ada Admin", TestData.email("admin"),
				TestData.PASSWORD);
		users.invite(admin, TestData.email("waiting"), "Ivy Invitee", Role.TECHNICAL_CONTACT);
		HttpUser prometheus = new HttpUser(managementPort);

		// the invitation and the People email to the admin; the gauges are a few seconds
		// old at most
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			String metrics = prometheus.get("/actuator/prometheus").body();
			assertThat(ActuatorTests.value(metrics, "portal_emails_pending")).isEqualTo(2);
			assertThat(ActuatorTests.value(metrics, "portal_emails_oldest_pending_age_seconds")).isPositive();
		});
		assertThat(ActuatorTests.value(prometheus.get("/actuator/prometheus").body(), "portal_emails_failed")).isZero();
	}

	@Test
	void thePortalsOwnPortDoesNotServeTheActuator() {
		assertThat(new HttpUser(serverPort).get("/actuator/prometheus").statusCode()).isEqualTo(302);
		assertThat(new HttpUser(serverPort).get("/login").statusCode()).isEqualTo(200);
	}

}
