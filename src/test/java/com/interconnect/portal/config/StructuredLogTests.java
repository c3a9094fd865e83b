package com.interconnect.portal.config;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.HttpUser;
import com.interconnect.portal.support.IsolatedPortal;
import com.interconnect.portal.support.TestData;
import com.interconnect.portal.support.TestSmtp;
import com.interconnect.portal.user.domain.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Structured JSON logs, on by {@code logging.structured.format.console=ecs}: every line
 * of a request carries its id (the caller's {@code X-Request-Id}, or a new one, echoed in
 * the answer) and the signed-in user's id; the dispatcher's lines carry its job, its run
 * and the user an email goes to.
 */
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogTests {

	private final IsolatedPortal portal = new IsolatedPortal();

	private ConfigurableApplicationContext instance;

	@AfterEach
	void stop() {
		if (this.instance != null) {
			this.instance.close();
		}
		this.portal.drop();
	}

	@Test
	void everyLineOfARequestAndOfTheDispatcherSaysWhoAndWhichRequest(CapturedOutput output) {
		TestSmtp.start();
		this.instance = this.portal.start("logging.structured.format.console=ecs",
				"logging.level.org.springframework.web=DEBUG", "logging.level.com.interconnect.portal=DEBUG",
				"portal.mail.dispatch-interval=100ms");
		int port = Integer.parseInt(this.instance.getEnvironment().getProperty("local.server.port"));
		UserService users = this.instance.getBean(UserService.class);
		String email = TestData.email("logged");
		CurrentUser admin = users.signUp(TestData.unique("Log Co"), "Lee Logger", email, TestData.PASSWORD);
		HttpUser user = new HttpUser(port);
		user.logIn(email, TestData.PASSWORD);

		HttpResponse<String> page = user.get("/", "X-Request-Id", "lb-7f3a-42");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("X-Request-Id")).hasValue("lb-7f3a-42");
		List<String> lines = output.getOut().lines().filter((line) -> line.contains("lb-7f3a-42")).toList();
		assertThat(lines).isNotEmpty()
			.allSatisfy((line) -> assertThat(line).startsWith("{")
				.endsWith("}")
				.contains("\"requestId\":\"lb-7f3a-42\"", "\"userId\":\"" + admin.id() + "\""));

		// no id, or one that could forge log lines: a new one
		String generated = user.get("/").headers().firstValue("X-Request-Id").orElseThrow();
		assertThat(generated).matches("[0-9a-f-]{36}");
		assertThat(user.get("/", "X-Request-Id", "bad id\"}").headers().firstValue("X-Request-Id").orElseThrow())
			.matches("[0-9a-f-]{36}");
		assertThat(output.getOut().lines().filter((line) -> line.contains(generated)))
			.allSatisfy((line) -> assertThat(line).contains("\"userId\":\"" + admin.id() + "\""));

		// the People email about the invitation goes to the admin, sent by the dispatcher
		users.invite(admin, TestData.email("invited"), "Ivy Invitee", Role.TECHNICAL_CONTACT);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(output.getOut().lines())
				.anySatisfy((line) -> assertThat(line).contains("Sent email", "\"job\":\"email-dispatcher\"",
						"\"userId\":\"" + admin.id() + "\"", "\"requestId\":\"")));
	}

}
