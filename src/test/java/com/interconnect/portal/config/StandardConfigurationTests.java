package com.interconnect.portal.config;

import java.time.Duration;

import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.IsolatedPortal;
import com.interconnect.portal.support.TestData;
import com.interconnect.portal.support.TestRun;
import com.interconnect.portal.support.TestSmtp;
import com.interconnect.portal.user.domain.UserService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.modulith.events.CompletedEventPublications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code SPRING_DATASOURCE_URL} set the standard way, without {@code currentSchema}: the
 * one schema setting ({@code spring.datasource.hikari.schema}) is followed by Flyway,
 * JPA, the JDBC queries and the Modulith event registry.
 */
class StandardConfigurationTests {

	private static final IsolatedPortal portal = new IsolatedPortal();

	private static ConfigurableApplicationContext instance;

	@BeforeAll
	static void start() {
		TestSmtp.start();
		assertThat(TestRun.databaseUrl()).doesNotContain("currentSchema");
		instance = portal.start("portal.mail.dispatch-interval=100ms");
	}

	@AfterAll
	static void stop() {
		if (instance != null) {
			instance.close();
		}
		portal.drop();
	}

	@Test
	void aDatabaseUrlWithoutCurrentSchemaStartsThePortalInTheConfiguredSchema() {
		UserService users = instance.getBean(UserService.class);
		String adminEmail = TestData.email("schema-admin");
		String invitee = TestData.email("schema-invitee");
		CurrentUser admin = users.signUp(TestData.unique("Schema Co"), "Ada Admin", adminEmail, TestData.PASSWORD);
		users.invite(admin, invitee, "Ivy Invitee", Role.TECHNICAL_CONTACT);

		// the Modulith event registry reads the configured schema
		assertThat(instance.getBean(CompletedEventPublications.class).findAll()).isEmpty();
		// the dispatcher (native queries), the People email (a Modulith listener) and the
		// invitation all went through the configured schema
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(TestSmtp.messagesTo(invitee)).hasSize(1);
			assertThat(TestSmtp.messagesTo(adminEmail)).isNotEmpty();
		});

		try (SingleConnectionDataSource plain = new SingleConnectionDataSource(TestRun.databaseUrl(), "postgres",
				"postgres", true)) {
			JdbcTemplate database = new JdbcTemplate(plain);
			String schema = portal.schema();
			assertThat(database.queryForObject("select count(*) from " + schema + ".app_user where email = ?",
					Integer.class, adminEmail))
				.isEqualTo(1);
			assertThat(database.queryForObject(
					"select count(*) from " + schema + ".outbound_email where recipient = ? and status = 'SENT'",
					Integer.class, invitee))
				.isEqualTo(1);
			database.update("insert into " + schema + ".event_publication (id, listener_id, event_type,"
					+ " serialized_event, publication_date, completion_date, status, completion_attempts)"
					+ " values (gen_random_uuid(), 'probe', 'java.lang.String', '\"probe\"', now(), now(),"
					+ " 'COMPLETED', 1)");
			assertThat(database
				.queryForObject("select count(*) from information_schema.tables where table_schema = 'public'"
						+ " and table_name in ('company', 'app_user', 'flyway_schema_history', 'event_publication')",
						Integer.class))
				.isZero();
		}
		assertThat(instance.getBean(CompletedEventPublications.class).findAll()).hasSize(1);
	}

}
