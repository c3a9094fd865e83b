package com.interconnect.portal.notification.web;

import java.time.Instant;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SupportedBy;
import com.interconnect.portal.ordering.ServiceKind;
import com.interconnect.portal.ordering.ServiceLive;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.Fixtures;
import com.interconnect.portal.user.domain.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

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
 * User menu &gt; Notification Settings and Notifications, through the whole web stack and
 * the database.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NotificationWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	UserService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	PlatformTransactionManager transactionManager;

	CompanySummary company;

	CurrentUser technicalAdmin;

	CurrentUser readOnly;

	@BeforeEach
	void setUp() {
		Fixtures fixtures = new Fixtures(this.accounts, this.users);
		this.company = fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		this.technicalAdmin = fixtures.user(this.company, Role.TECHNICAL_ADMIN);
		this.readOnly = fixtures.user(this.company, Role.READ_ONLY);
	}

	@Test
	void theSettingsShowOneCheckboxPerGroupWithSecurityAndPeopleAlwaysOn() throws Exception {
		this.mvc.perform(get("/account/notifications").with(user(this.technicalAdmin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Notification Settings</h1>"),
					checkbox("SECURITY", "Security", true, true), checkbox("PEOPLE", "People", true, true),
					checkbox("COMPANY", "Company", true, false), checkbox("FINANCIAL", "Financial", true, false),
					checkbox("ORDERING", "Ordering", true, false),
					checkbox("SERVICE_STATUS", "Service Status", true, false),
					checkbox("SERVICES", "Services", true, false),
					containsString("Security and People are always on because they\n            protect your account."),
					containsString("<button type=\"submit\" class=\"button\">Save</button>"),
					containsString("<a href=\"/account/notifications\">Notification Settings</a>"))));
	}

	@Test
	void saveKeepsTheCheckedGroupsAndNeverTurnsOffSecurityOrPeople() throws Exception {
		this.mvc
			.perform(post("/account/notifications").param("groups", "COMPANY", "SERVICES")
				.with(user(this.technicalAdmin))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/account/notifications"))
			.andExpect(flash().attribute("success", "Notification settings saved."));
		this.mvc.perform(get("/account/notifications").with(user(this.technicalAdmin)))
			.andExpect(content().string(allOf(checkbox("SECURITY", "Security", true, true),
					checkbox("PEOPLE", "People", true, true), checkbox("COMPANY", "Company", true, false),
					checkbox("FINANCIAL", "Financial", false, false), checkbox("ORDERING", "Ordering", false, false),
					checkbox("SERVICE_STATUS", "Service Status", false, false),
					checkbox("SERVICES", "Services", true, false))));

		// no box checked at all: Security and People stay on
		this.mvc.perform(post("/account/notifications").with(user(this.technicalAdmin)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForList("select notification_group from notification_subscription where user_id = ?",
				String.class, this.technicalAdmin.id()))
			.containsExactlyInAnyOrder("COMPANY", "FINANCIAL", "ORDERING", "SERVICE_STATUS", "SERVICES");
	}

	@Test
	void aReadOnlyUserSeesTheSettingsReadOnlyWithTheReasonAndCannotSave() throws Exception {
		this.mvc.perform(get("/account/notifications").with(user(this.readOnly)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString("Your role (Read Only) does not receive group emails; Company Admins, "
							+ "Technical Admins and Technical Contacts do. You still get the Security email about "
							+ "your own account if it is locked after failed log-ins."),
					checkbox("SECURITY", "Security", false, true), checkbox("COMPANY", "Company", false, true),
					not(containsString(">Save</button>")))));
		this.mvc
			.perform(post("/account/notifications").param("groups", "COMPANY").with(user(this.readOnly)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select count(*) from notification_subscription where user_id = ?",
				Integer.class, this.readOnly.id()))
			.isZero();
	}

	@Test
	void theNotificationsListShowsWhatWasSentAndMarkAllAsReadMarksItRead() throws Exception {
		this.mvc.perform(get("/account/notifications").with(user(this.technicalAdmin)))
			.andExpect(content().string(allOf(containsString("<a href=\"/notifications\">Notifications</a>"),
					not(containsString("class=\"count\"")))));
		new TransactionTemplate(this.transactionManager)
			.executeWithoutResult((status) -> this.publisher.publishEvent(new ServiceLive(11, this.company.id(),
					ServiceKind.PORT, "Brisbane 1", null, Instant.parse("2026-03-01T09:30:00Z"))));
		this.mvc.perform(get("/account/notifications").with(user(this.technicalAdmin)))
			.andExpect(content().string(allOf(containsString("<a href=\"/notifications\">Notifications (1)</a>"),
					// and on the closed user menu, after the name
					matchesPattern("(?s).*<summary><span>[^<]+</span>.*<span class=\"count\"\\s*><span>1</span>"
							+ "<span class=\"visually-hidden\"> unread</span></span></summary>.*"))));

		this.mvc.perform(get("/notifications").with(user(this.technicalAdmin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Notifications</h1>"),
					matchesPattern("(?s).*<a href=\"/notifications/\\d+\">Port live: Brisbane 1</a>.*"),
					containsString("<span class=\"badge badge-invited\">New</span>"),
					containsString("<td>Services</td>"),
					matchesPattern("(?s).*<td>\\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2} UTC</td>.*"),
					// the subject, which opens the notification
					not(containsString("You received this email because")),
					containsString(">Mark all as read</button>"))));
		// opening the page changes nothing
		assertThat(this.jdbc.queryForList("select read_at is not null from outbound_email where user_id = ?",
				Boolean.class, this.technicalAdmin.id()))
			.containsExactly(false);
		this.mvc.perform(get("/notifications/read").with(user(this.technicalAdmin)))
			.andExpect(status().is4xxClientError());
		this.mvc.perform(post("/notifications/read").with(user(this.technicalAdmin)).with(csrf()))
			.andExpect(redirectedUrl("/notifications"));
		assertThat(this.jdbc.queryForList("select read_at is not null from outbound_email where user_id = ?",
				Boolean.class, this.technicalAdmin.id()))
			.containsExactly(true);

		this.mvc.perform(get("/notifications").with(user(this.technicalAdmin)))
			.andExpect(content()
				.string(allOf(containsString(">Port live: Brisbane 1</a>"), not(containsString(">New</span>")))));
		// another user's list stays their own
		this.mvc.perform(get("/notifications").with(user(this.readOnly)))
			.andExpect(content()
				.string(allOf(containsString("You have no notifications yet."), not(containsString("Brisbane 1")))));
	}

	@Test
	void aNotificationOpensWithWhatTheEmailSaidToItsRecipientOnly() throws Exception {
		new TransactionTemplate(this.transactionManager)
			.executeWithoutResult((status) -> this.publisher.publishEvent(new ServiceLive(12, this.company.id(),
					ServiceKind.PORT, "Hobart 1", null, Instant.parse("2026-03-02T10:15:00Z"))));
		long id = this.jdbc.queryForObject("select id from outbound_email where user_id = ? and subject = ?",
				Long.class, this.technicalAdmin.id(), "Port live: Hobart 1");

		this.mvc.perform(get("/notifications/{id}", id).with(user(this.technicalAdmin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Port live: Hobart 1</h1>"),
					containsString("<dt>Group</dt><dd>Services</dd>"),
					containsString("The port Hobart 1 of " + HtmlUtils.htmlEscape(this.company.name()) + " is live"),
					containsString("You received this email because"))));
		// someone else's, even in the same company, is not found
		this.mvc.perform(get("/notifications/{id}", id).with(user(this.readOnly))).andExpect(status().isNotFound());
	}

	private static org.hamcrest.Matcher<String> checkbox(String name, String label, boolean checked, boolean disabled) {
		String input = "<input(?=[^>]*id=\"group-" + name + "\")" + (checked ? "(?=[^>]*checked)" : "(?![^>]*checked)")
				+ (disabled ? "(?=[^>]*disabled)" : "(?![^>]*disabled)") + "[^>]*>";
		return matchesPattern("(?s).*" + input + "\\s*<label for=\"group-" + name + "\">" + label + "</label>.*");
	}

}
