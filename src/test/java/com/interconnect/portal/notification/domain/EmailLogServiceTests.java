package com.interconnect.portal.notification.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SupportedBy;
import com.interconnect.portal.catalog.Catalog;
import com.interconnect.portal.notification.EmailLogFixtures;
import com.interconnect.portal.notification.NotificationGroup;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Forbidden;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.Fixtures;
import com.interconnect.portal.support.TestData;
import com.interconnect.portal.support.TestSmtp;
import com.interconnect.portal.user.domain.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The operator's email log against the real database and SMTP server: listing, searching
 * and filtering, resending a failed email until it is delivered, and who may do it.
 */
@SpringBootTest
class EmailLogServiceTests {

	@Autowired
	EmailLogService log;

	@Autowired
	EmailDispatcher dispatcher;

	@Autowired
	Accounts accounts;

	@Autowired
	UserService users;

	@Autowired
	Catalog catalog;

	@Autowired
	JdbcTemplate jdbc;

	Fixtures fixtures;

	EmailLogFixtures emails;

	CurrentUser operatorAdmin;

	@BeforeEach
	void setUp() {
		TestSmtp.start();
		this.fixtures = new Fixtures(this.accounts, this.users);
		this.emails = new EmailLogFixtures(this.jdbc, this.catalog);
		this.operatorAdmin = this.fixtures.user(this.fixtures.operator(), Role.OPERATOR_ADMIN);
	}

	@Test
	void listsEveryEmailNewestFirstAndSearchesRecipientAndSubjectCaseInsensitively() {
		String token = token();
		long oldest = this.emails.sent(TestData.email("a"), "Billing market added " + token,
				NotificationGroup.FINANCIAL, Duration.ofMinutes(3));
		long middle = this.emails.failed(TestData.email("b"), "Role changed " + token, NotificationGroup.PEOPLE,
				Duration.ofMinutes(2));
		long newest = this.emails.sent(TestData.email("c-" + token), "Port live: Sydney 1", NotificationGroup.SERVICES,
				Duration.ofMinutes(1));

		assertThat(ids(this.log.page(this.operatorAdmin, token, null, null, 0))).containsExactly(newest, middle,
				oldest);
		assertThat(ids(this.log.page(this.operatorAdmin, "  " + token.toUpperCase() + " ", null, null, 0)))
			.containsExactly(newest, middle, oldest);
		assertThat(ids(this.log.page(this.operatorAdmin, "role changed " + token, null, null, 0)))
			.containsExactly(middle);
		// filters, alone and with a search
		assertThat(ids(this.log.page(this.operatorAdmin, token, EmailStatus.FAILED, null, 0))).containsExactly(middle);
		assertThat(ids(this.log.page(this.operatorAdmin, token, null, NotificationGroup.SERVICES, 0)))
			.containsExactly(newest);
		assertThat(ids(this.log.page(this.operatorAdmin, token, EmailStatus.SENT, NotificationGroup.PEOPLE, 0)))
			.isEmpty();
		// the filter alone: every page holds failed emails only, and one of them is this
		// test's (other tests' failed emails may be newer)
		List<Long> failed = new ArrayList<>();
		for (int page = 0; page < 1000 && !failed.contains(middle); page++) {
			List<EmailLogRow> rows = this.log.page(this.operatorAdmin, null, EmailStatus.FAILED, null, page)
				.getContent();
			assertThat(rows).allSatisfy((email) -> assertThat(email.status()).isEqualTo(EmailStatus.FAILED));
			if (rows.isEmpty()) {
				break;
			}
			rows.forEach((email) -> failed.add(email.id()));
		}
		assertThat(failed).contains(middle);
		// wildcards are searched for, not expanded
		assertThat(this.log.page(this.operatorAdmin, token + "%", null, null, 0)).isEmpty();
		assertThat(this.log.page(this.operatorAdmin, token.replace(token.charAt(3), '_'), null, null, 0)).isEmpty();

		EmailLogRow row = this.log.page(this.operatorAdmin, token, EmailStatus.FAILED, null, 0).getContent().get(0);
		assertThat(row.recipient()).startsWith("b-");
		assertThat(row.group()).isEqualTo(NotificationGroup.PEOPLE);
		assertThat(row.eventType()).isEqualTo("TEST_EMAIL");
		assertThat(row.attempts()).isEqualTo(5);
		assertThat(row.lastError()).isEqualTo("MailSendException: 550 Mailbox unavailable");
		assertThat(row.sentAt()).isNull();
		assertThat(row.resendable()).isTrue();
	}

	@Test
	void pagesHoldTwentyFiveEmails() {
		String token = token();
		for (int i = 0; i < 26; i++) {
			this.emails.sent(TestData.email("paged"), "Paged " + token + " " + i, NotificationGroup.COMPANY,
					Duration.ofSeconds(60 - i));
		}
		Page<EmailLogRow> first = this.log.page(this.operatorAdmin, token, null, null, 0);
		assertThat(first.getContent()).hasSize(25);
		assertThat(first.getTotalPages()).isEqualTo(2);
		assertThat(first.getContent().get(0).subject()).isEqualTo("Paged " + token + " 25");
		assertThat(this.log.page(this.operatorAdmin, token, null, null, 1).getContent())
			.extracting(EmailLogRow::subject)
			.containsExactly("Paged " + token + " 0");
	}

	@Test
	void aResentFailedEmailIsPendingAgainAndDelivered() {
		String recipient = TestData.email("resent");
		long id = this.emails.failed(recipient, "Order placed: " + token(), NotificationGroup.ORDERING,
				Duration.ofHours(1));

		EmailLogRow resent = this.log.resend(this.operatorAdmin, id);

		assertThat(resent.status()).isEqualTo(EmailStatus.PENDING);
		assertThat(resent.attempts()).isZero();
		assertThat(resent.resentByName()).isEqualTo(this.operatorAdmin.fullName());
		assertThat(this.emails.row(id)).containsEntry("resent_by_user_id", this.operatorAdmin.id())
			.containsEntry("resent_by_name", this.operatorAdmin.fullName());
		assertThat(this.emails.row(id).get("resent_at")).isNotNull();

		await().atMost(Duration.ofSeconds(30)).until(() -> {
			this.dispatcher.dispatchRound();
			return "SENT".equals(this.emails.row(id).get("status"));
		});
		assertThat(this.emails.row(id)).containsEntry("attempts", 1);
		assertThat(TestSmtp.messagesTo(recipient)).hasSize(1);
		// once delivered, it cannot be resent
		assertThatThrownBy(() -> this.log.resend(this.operatorAdmin, id)).isInstanceOf(ResendRefusedException.class);
	}

	@Test
	void onlyAFailedEmailCanBeResent() {
		long sent = this.emails.sent(TestData.email("sent"), "Sent " + token(), NotificationGroup.COMPANY,
				Duration.ofMinutes(5));

		assertThatThrownBy(() -> this.log.resend(this.operatorAdmin, sent)).isInstanceOf(ResendRefusedException.class)
			.hasMessage("Only a failed email can be resent; this one is sent.");
		assertThat(this.emails.row(sent)).containsEntry("status", "SENT")
			.containsEntry("attempts", 1)
			.containsEntry("resent_at", null);
	}

	@Test
	void onlyOperatorAdminsMayUseTheEmailLog() {
		long failed = this.emails.failed(TestData.email("guarded"), "Guarded " + token(), NotificationGroup.COMPANY,
				Duration.ofMinutes(5));
		CompanySummary direct = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		List<CurrentUser> refused = List.of(this.fixtures.user(this.fixtures.operator(), Role.SALES),
				this.fixtures.user(direct, Role.COMPANY_ADMIN), this.fixtures.user(direct, Role.TECHNICAL_ADMIN));
		for (CurrentUser user : refused) {
			assertThatThrownBy(() -> this.log.page(user, null, null, null, 0)).isInstanceOf(Forbidden.class)
				.hasMessage("Only Operator Admins can see the email log: it holds every company's emails.");
			assertThatThrownBy(() -> this.log.entry(user, failed)).isInstanceOf(Forbidden.class);
			assertThatThrownBy(() -> this.log.resend(user, failed)).isInstanceOf(Forbidden.class);
		}
		assertThat(this.emails.row(failed)).containsEntry("status", "FAILED");
	}

	@Test
	void anInvitationsBodyIsNeverShown() {
		CompanySummary direct = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		CurrentUser admin = this.fixtures.user(direct, Role.COMPANY_ADMIN);
		String invitee = TestData.email("invitee");
		this.users.invite(admin, invitee, "Ivy Invitee", Role.TECHNICAL_ADMIN);
		Long invitation = this.jdbc.queryForObject(
				"select id from outbound_email where recipient = ? and event_type = 'USER_INVITED'", Long.class,
				invitee);

		EmailLogEntry entry = this.log.entry(this.operatorAdmin, invitation);
		assertThat(entry.bodyWithheld()).isTrue();
		assertThat(entry.textBody()).isNull();
		assertThat(entry.email().subject()).startsWith("You're invited to " + direct.name());

		long other = this.emails.sent(TestData.email("other"), "Other " + token(), NotificationGroup.COMPANY,
				Duration.ofMinutes(1));
		assertThat(this.log.entry(this.operatorAdmin, other).textBody()).startsWith("Plain text of Other ");
	}

	private static List<Long> ids(Page<EmailLogRow> page) {
		return page.map(EmailLogRow::id).getContent();
	}

	private static String token() {
		return TestData.unique("log").replace(" ", "-");
	}

}
