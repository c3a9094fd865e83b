package com.interconnect.portal.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SupportedBy;
import com.interconnect.portal.catalog.Catalog;
import com.interconnect.portal.catalog.LocationSummary;
import com.interconnect.portal.notification.domain.NewNotice;
import com.interconnect.portal.notification.domain.NoticeKind;
import com.interconnect.portal.notification.domain.NoticeRow;
import com.interconnect.portal.notification.domain.NotificationSettingsService;
import com.interconnect.portal.notification.domain.ServiceStatusService;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Forbidden;
import com.interconnect.portal.shared.InvalidInputException;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.Fixtures;
import com.interconnect.portal.support.TestData;
import com.interconnect.portal.support.TestSmtp;
import com.interconnect.portal.user.domain.UserService;
import jakarta.mail.MessagingException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Service Status notices end to end: a notice for Dublin and Amsterdam reaches, by SMTP
 * and exactly once, the Service Status subscribers of every company with a port there,
 * and nobody else. The notices are for data centres where no other test has ports, so
 * that they reach only this test's companies.
 */
@SpringBootTest
class ServiceStatusNoticeTests {

	@Autowired
	ServiceStatusService serviceStatus;

	@Autowired
	NotificationSettingsService settings;

	@Autowired
	Accounts accounts;

	@Autowired
	UserService users;

	@Autowired
	Catalog catalog;

	@Autowired
	JdbcTemplate jdbc;

	Fixtures fixtures;

	EmailLogFixtures world;

	CurrentUser operatorAdmin;

	LocationSummary dublin;

	LocationSummary amsterdam;

	LocationSummary paris;

	@BeforeEach
	void setUp() {
		TestSmtp.start();
		this.fixtures = new Fixtures(this.accounts, this.users);
		this.world = new EmailLogFixtures(this.jdbc, this.catalog);
		this.operatorAdmin = this.fixtures.user(this.fixtures.operator(), Role.OPERATOR_ADMIN);
		this.dublin = this.world.location("DUB-EQ-DB3");
		this.amsterdam = this.world.location("AMS-EQ-AM3");
		this.paris = this.world.location("PAR-EQ-PA2");
	}

	@Test
	void aNoticeReachesTheSubscribersOfCompaniesWithAPortThereOnce() {
		// a company with ports in Dublin and Amsterdam and one in Paris
		CompanySummary withPort = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		CurrentUser admin = this.fixtures.user(withPort, Role.COMPANY_ADMIN);
		CurrentUser technicalAdmin = this.fixtures.user(withPort, Role.TECHNICAL_ADMIN);
		CurrentUser optedOut = this.fixtures.user(withPort, Role.TECHNICAL_CONTACT);
		CurrentUser readOnly = this.fixtures.user(withPort, Role.READ_ONLY);
		List<NotificationGroup> allButServiceStatus = new ArrayList<>(Arrays.asList(NotificationGroup.values()));
		allButServiceStatus.remove(NotificationGroup.SERVICE_STATUS);
		this.settings.save(optedOut, allButServiceStatus);
		this.world.port(withPort.id(), "Dublin 1", this.dublin, "LIVE");
		this.world.port(withPort.id(), "Amsterdam 1", this.amsterdam, "DEPLOYABLE");
		this.world.port(withPort.id(), "Paris 1", this.paris, "LIVE");
		// a company with a port being ordered in Dublin
		CompanySummary ordering = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		CurrentUser orderingAdmin = this.fixtures.user(ordering, Role.COMPANY_ADMIN);
		this.world.port(ordering.id(), "Dublin new", this.dublin, "CONFIGURED");
		// companies without a port in service there
		CompanySummary elsewhere = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		CurrentUser elsewhereAdmin = this.fixtures.user(elsewhere, Role.COMPANY_ADMIN);
		this.world.port(elsewhere.id(), "Paris 1", this.paris, "LIVE");
		CompanySummary cancelled = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		CurrentUser cancelledAdmin = this.fixtures.user(cancelled, Role.COMPANY_ADMIN);
		this.world.port(cancelled.id(), "Dublin old", this.dublin, "CANCELLED");

		String title = TestData.unique("Power maintenance");
		Instant start = Instant.parse("2030-03-01T22:00:00Z");
		NoticeRow notice = this.serviceStatus.post(this.operatorAdmin,
				new NewNotice(NoticeKind.MAINTENANCE, title, "Planned work on a power feed.\nPorts may flap once.",
						start, start.plus(Duration.ofHours(4)), List.of(this.dublin.id(), this.amsterdam.id())));

		// no other test has ports in Dublin or Amsterdam: only this test's companies
		assertThat(notice.companiesNotified()).isEqualTo(2);
		assertThat(notice.locations()).containsExactly(this.dublin.label(), this.amsterdam.label());
		String subject = "Maintenance: " + title;
		assertThat(this.jdbc.queryForList(
				"select recipient from outbound_email where event_type = 'SERVICE_STATUS_NOTICE' and subject = ?"
						+ " and company_id in (?, ?, ?, ?)",
				String.class, subject, withPort.id(), ordering.id(), elsewhere.id(), cancelled.id()))
			.containsExactlyInAnyOrder(admin.email(), technicalAdmin.email(), orderingAdmin.email());
		assertThat(this.jdbc.queryForList(
				"select company_id from outbound_email where recipient = ? and subject = ? and notification_group = ?",
				Long.class, admin.email(), subject, "SERVICE_STATUS"))
			.containsExactly(withPort.id());

		List<CurrentUser> reached = List.of(admin, technicalAdmin, orderingAdmin);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> reached.stream().allMatch((user) -> received(user.email(), subject) == 1));
		for (CurrentUser user : List.of(optedOut, readOnly, elsewhereAdmin, cancelledAdmin)) {
			assertThat(received(user.email(), subject)).as(user.email()).isZero();
		}
		Map<String, String> parts = Mails.textParts(TestSmtp.messagesTo(admin.email()).get(0));
		assertThat(parts.get("text/plain")).contains(
				"Maintenance is planned at a location where " + withPort.name() + " has a port.",
				"Starts: Friday 1 March 2030 at 22:00 UTC", "Ends: Saturday 2 March 2030 at 02:00 UTC",
				"Locations: " + this.dublin.label() + "; " + this.amsterdam.label(), "Ports may flap once.",
				"You received this email because you are subscribed to Service Status notifications for "
						+ withPort.name());
		assertThat(parts.get("text/html")).contains("Maintenance is planned at", title, "Service Status");

		// the notice is listed, newest first, with what it caused
		NoticeRow listed = this.serviceStatus.notices(this.operatorAdmin, 0).getContent().get(0);
		assertThat(listed.title()).isEqualTo(title);
		assertThat(listed.locations()).containsExactly(this.dublin.label(), this.amsterdam.label());
		assertThat(listed.emailsQueued()).isEqualTo(notice.emailsQueued());
		assertThat(listed.postedByName()).isEqualTo(this.operatorAdmin.fullName());
	}

	@Test
	void aNoticeThatBreaksARuleIsNotStoredAndEmailsNobody() {
		String title = TestData.unique("Backwards");
		Instant start = Instant.parse("2030-03-01T22:00:00Z");
		assertThatThrownBy(() -> this.serviceStatus.post(this.operatorAdmin,
				new NewNotice(NoticeKind.OUTAGE, title, "Fibre cut.", start, start.minusSeconds(60),
						List.of(this.dublin.id(), 999_999L))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.fieldErrors()).containsEntry("endsAt", "The end must be after the start.")
						.containsEntry("locationIds", "Choose locations from the list."));
		assertThat(this.jdbc.queryForObject("select count(*) from service_status_notice where title = ?", Integer.class,
				title))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from outbound_email where subject = ?", Integer.class,
				"Outage: " + title))
			.isZero();
	}

	@Test
	void onlyOperatorAdminsMayPostNotices() {
		CompanySummary direct = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		Instant start = Instant.parse("2030-03-01T22:00:00Z");
		NewNotice notice = new NewNotice(NoticeKind.OUTAGE, TestData.unique("Sneaky"), "No.", start,
				start.plusSeconds(60), List.of(this.dublin.id()));
		for (CurrentUser user : List.of(this.fixtures.user(this.fixtures.operator(), Role.SALES),
				this.fixtures.user(direct, Role.COMPANY_ADMIN))) {
			assertThatThrownBy(() -> this.serviceStatus.post(user, notice)).isInstanceOf(Forbidden.class)
				.hasMessageStartingWith("Only Operator Admins can post service status notices");
			assertThatThrownBy(() -> this.serviceStatus.notices(user, 0)).isInstanceOf(Forbidden.class);
		}
		assertThat(this.jdbc.queryForObject("select count(*) from service_status_notice where title = ?", Integer.class,
				notice.title()))
			.isZero();
	}

	private static long received(String email, String subject) {
		return TestSmtp.messagesTo(email).stream().filter((message) -> {
			try {
				return subject.equals(message.getSubject());
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).count();
	}

}
