package com.interconnect.portal.notification.web;

import java.time.Duration;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SupportedBy;
import com.interconnect.portal.catalog.Catalog;
import com.interconnect.portal.notification.EmailLogFixtures;
import com.interconnect.portal.notification.NotificationGroup;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.Fixtures;
import com.interconnect.portal.support.TestData;
import com.interconnect.portal.user.domain.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The operator's Email Log through the whole web stack and the database.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EmailLogWebTests {

	@Autowired
	MockMvc mvc;

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
		this.fixtures = new Fixtures(this.accounts, this.users);
		this.emails = new EmailLogFixtures(this.jdbc, this.catalog);
		this.operatorAdmin = this.fixtures.user(this.fixtures.operator(), Role.OPERATOR_ADMIN);
	}

	@Test
	void theNavigationOffersTheEmailLogToOperatorAdminsOnly() throws Exception {
		this.mvc.perform(get("/").with(user(this.operatorAdmin)))
			.andExpect(content().string(containsString("<li><a href=\"/operator/email-log\">Email Log</a></li>")));
		CompanySummary direct = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		for (CurrentUser other : new CurrentUser[] { this.fixtures.user(this.fixtures.operator(), Role.SALES),
				this.fixtures.user(direct, Role.COMPANY_ADMIN) }) {
			this.mvc.perform(get("/").with(user(other)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("/operator/email-log"))));
		}
	}

	@Test
	void theLogListsSearchesAndFiltersEmails() throws Exception {
		String token = TestData.unique("weblog").replace(" ", "-");
		String failedTo = TestData.email("failed");
		this.emails.failed(failedTo, "Billing market added " + token, NotificationGroup.FINANCIAL,
				Duration.ofMinutes(2));
		this.emails.sent(TestData.email("sent"), "Port live " + token, NotificationGroup.SERVICES,
				Duration.ofMinutes(1));

		this.mvc.perform(get("/operator/email-log").param("q", token.toUpperCase()).with(user(this.operatorAdmin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Email Log</h1>"),
					containsString("<label for=\"q\">Search by recipient or subject</label>"),
					matchesPattern("(?s).*Port live " + token + ".*Billing market added " + token + ".*"),
					containsString("<td>" + failedTo + "</td>"), containsString("<td>Financial</td>"),
					// the event may break after its underscores, never inside a word
					containsString("<td>TEST_<wbr>EMAIL</td>"),
					containsString("<span class=\"badge badge-failed\">Failed</span>"),
					containsString("<span class=\"badge badge-sent\">Sent</span>"),
					containsString("<td>MailSendException: 550 Mailbox unavailable</td>"),
					matchesPattern("(?s).*<td>\\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2} UTC</td>.*"))));
		this.mvc.perform(
				get("/operator/email-log").param("q", token).param("status", "FAILED").with(user(this.operatorAdmin)))
			.andExpect(content().string(allOf(containsString("Billing market added " + token),
					not(containsString("Port live " + token)),
					matchesPattern("(?s).*<option value=\"FAILED\"\\s+selected=\"selected\">Failed</option>.*"))));
		this.mvc.perform(
				get("/operator/email-log").param("q", token).param("group", "PEOPLE").with(user(this.operatorAdmin)))
			.andExpect(content().string(containsString("No email matches your search.")));
	}

	@Test
	void aFailedEmailCanBeResentFromItsPageAndASentOneCannot() throws Exception {
		String subject = TestData.unique("Resend me");
		long failed = this.emails.failed(TestData.email("failed"), subject, NotificationGroup.COMPANY,
				Duration.ofMinutes(3));
		this.mvc.perform(get("/operator/email-log/{id}", failed).with(user(this.operatorAdmin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>" + subject + "</h1>"),
					containsString("<button type=\"submit\" class=\"button\">Resend</button>"),
					containsString("Plain text of " + subject))));
		this.mvc.perform(post("/operator/email-log/{id}/resend", failed).with(user(this.operatorAdmin)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/operator/email-log/" + failed))
			.andExpect(flash().attributeExists("success"));
		assertThat(this.emails.row(failed).get("status")).isIn("PENDING", "SENT");
		assertThat(this.emails.row(failed)).containsEntry("resent_by_name", this.operatorAdmin.fullName());

		long sent = this.emails.sent(TestData.email("sent"), TestData.unique("Sent"), NotificationGroup.COMPANY,
				Duration.ofMinutes(3));
		this.mvc.perform(get("/operator/email-log/{id}", sent).with(user(this.operatorAdmin)))
			.andExpect(content().string(not(containsString(">Resend</button>"))));
		this.mvc.perform(post("/operator/email-log/{id}/resend", sent).with(user(this.operatorAdmin)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("failure", "Only a failed email can be resent; this one is sent."));
		assertThat(this.emails.row(sent)).containsEntry("status", "SENT").containsEntry("resent_at", null);
	}

	@Test
	void anyoneButAnOperatorAdminGetsAnExplained403() throws Exception {
		long failed = this.emails.failed(TestData.email("failed"), TestData.unique("Guarded"),
				NotificationGroup.COMPANY, Duration.ofMinutes(3));
		CompanySummary direct = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		for (CurrentUser other : new CurrentUser[] { this.fixtures.user(this.fixtures.operator(), Role.SALES),
				this.fixtures.user(direct, Role.COMPANY_ADMIN) }) {
			this.mvc.perform(get("/operator/email-log").with(user(other)))
				.andExpect(status().isForbidden())
				.andExpect(content().string(containsString(
						"Only Operator Admins can see the email log: it holds every company&#39;s emails.")));
			this.mvc.perform(get("/operator/email-log/{id}", failed).with(user(other)))
				.andExpect(status().isForbidden());
			this.mvc.perform(post("/operator/email-log/{id}/resend", failed).with(user(other)).with(csrf()))
				.andExpect(status().isForbidden());
		}
		assertThat(this.emails.row(failed)).containsEntry("status", "FAILED");
	}

	@Test
	void anInvitationsBodyNeverAppearsOnAnyPage() throws Exception {
		CompanySummary direct = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		CurrentUser admin = this.fixtures.user(direct, Role.COMPANY_ADMIN);
		String invitee = TestData.email("invitee");
		this.users.invite(admin, invitee, "Ivy Invitee", Role.TECHNICAL_ADMIN);
		var invitation = this.jdbc.queryForMap(
				"select id, secret from outbound_email where recipient = ? and event_type = 'USER_INVITED'", invitee);
		// the token waits apart from the bodies until the email is sent
		String token = (String) invitation.get("secret");
		assertThat(token).hasSizeGreaterThan(10);

		this.mvc.perform(get("/operator/email-log").param("q", invitee).with(user(this.operatorAdmin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("You&#39;re invited to"), containsString(invitee),
					not(containsString(token)), not(containsString("/invitations/")))));
		this.mvc.perform(get("/operator/email-log/{id}", invitation.get("id")).with(user(this.operatorAdmin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("The body of an invitation is never shown"),
					not(containsString(token)), not(containsString("/invitations/")))));
	}

}
