package com.interconnect.portal.notification.web;

import java.util.List;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SupportedBy;
import com.interconnect.portal.catalog.Catalog;
import com.interconnect.portal.catalog.LocationSummary;
import com.interconnect.portal.notification.EmailLogFixtures;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.Fixtures;
import com.interconnect.portal.support.FormErrors;
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
import static org.assertj.core.api.Assertions.entry;
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
 * The operator's Service Status page through the whole web stack and the database.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ServiceStatusWebTests {

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

	EmailLogFixtures world;

	CurrentUser operatorAdmin;

	LocationSummary hongKong;

	@BeforeEach
	void setUp() {
		this.fixtures = new Fixtures(this.accounts, this.users);
		this.world = new EmailLogFixtures(this.jdbc, this.catalog);
		this.operatorAdmin = this.fixtures.user(this.fixtures.operator(), Role.OPERATOR_ADMIN);
		// where no other test has ports, so that the notices reach only this test's
		// companies
		this.hongKong = this.world.location("HKG-EQ-HK1");
	}

	@Test
	void thePageOffersTheFormWithEveryLocationAndTheNavigationLinksIt() throws Exception {
		this.mvc.perform(get("/operator/service-status").with(user(this.operatorAdmin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Service Status</h1>"),
					containsString("<li><a href=\"/operator/service-status\">Service Status</a></li>"),
					containsString("<label for=\"kind\">Kind</label>"),
					containsString("<label for=\"title\">Title</label>"),
					containsString("<label for=\"message\">Message</label>"),
					containsString("<label for=\"startsAt\">Starts (UTC)</label>"),
					containsString("type=\"datetime-local\""), containsString("<legend>Locations</legend>"),
					containsString(">" + this.hongKong.label() + "</label>"),
					containsString("<button type=\"submit\" class=\"button\">Post notice</button>"))));
	}

	@Test
	void postingANoticeEmailsTheCompaniesWithAPortThereAndListsIt() throws Exception {
		CompanySummary company = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		CurrentUser admin = this.fixtures.user(company, Role.COMPANY_ADMIN);
		this.world.port(company.id(), "Hong Kong 1", this.hongKong, "LIVE");
		String title = TestData.unique("Fibre cut");

		this.mvc
			.perform(post("/operator/service-status").param("kind", "OUTAGE")
				.param("title", title)
				.param("message", "A fibre cut affects the Hong Kong ring.")
				.param("startsAt", "2030-05-01T10:15")
				.param("endsAt", "2030-05-01T12:00")
				.param("locationIds", String.valueOf(this.hongKong.id()))
				.with(user(this.operatorAdmin))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/operator/service-status"))
			.andExpect(flash().attribute("success",
					matchesPattern("Outage notice posted: \\d+ emails? to the subscribers of \\d+ compan(y|ies)\\.")));

		assertThat(this.jdbc.queryForList(
				"select recipient from outbound_email where subject = ? and event_type = 'SERVICE_STATUS_NOTICE'",
				String.class, "Outage: " + title))
			.contains(admin.email());
		assertThat(this.jdbc.queryForObject(
				"select to_char(starts_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI') from service_status_notice"
						+ " where title = ?",
				String.class, title))
			.isEqualTo("2030-05-01 10:15");
		this.mvc.perform(get("/operator/service-status").with(user(this.operatorAdmin)))
			.andExpect(content().string(allOf(containsString("<strong>" + title + "</strong>"),
					containsString("<span class=\"badge badge-outage\">Outage</span>"),
					containsString("<td>1 May 2030 10:15 UTC</td>"), containsString("<td>1 May 2030 12:00 UTC</td>"),
					containsString("<td>" + this.hongKong.label() + "</td>"))));
	}

	@Test
	void anInvalidNoticeIsShownWithItsErrorsBesideTheFields() throws Exception {
		String title = TestData.unique("Backwards");
		this.mvc
			.perform(post("/operator/service-status").param("kind", "MAINTENANCE")
				.param("title", title)
				.param("message", "")
				.param("startsAt", "2030-05-01T10:00")
				.param("endsAt", "2030-05-01T09:00")
				.with(user(this.operatorAdmin))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Please correct the following"),
					containsString("id=\"message-error\""), containsString("Enter the message customers should read."),
					containsString("id=\"locationIds-error\""), containsString("Choose at least one location."))));
		this.mvc
			.perform(post("/operator/service-status").param("kind", "MAINTENANCE")
				.param("title", title)
				.param("message", "Backwards")
				.param("startsAt", "2030-05-01T10:00")
				.param("endsAt", "2030-05-01T09:00")
				.param("locationIds", String.valueOf(this.hongKong.id()))
				.with(user(this.operatorAdmin))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("id=\"endsAt-error\""), containsString("The end must be after the start."))));
		assertThat(this.jdbc.queryForObject("select count(*) from service_status_notice where title = ?", Integer.class,
				title))
			.isZero();
	}

	@Test
	void theErrorSummaryListsTheErrorsInTheOrderOfTheForm() throws Exception {
		String html = this.mvc
			.perform(post("/operator/service-status").param("kind", "")
				.param("title", "")
				.param("message", "")
				.param("startsAt", "")
				.param("endsAt", "")
				.with(user(this.operatorAdmin))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		FormErrors errors = FormErrors.of(html);
		assertThat(errors.summary()).containsExactly("Choose Maintenance or Outage.", "Enter a title.",
				"Enter the message customers should read.", "Enter when it starts.", "Enter when it ends.",
				"Choose at least one location.");
		assertThat(errors.besideFields()).containsExactly(entry("kind", List.of("Choose Maintenance or Outage.")),
				entry("title", List.of("Enter a title.")),
				entry("message", List.of("Enter the message customers should read.")),
				entry("startsAt", List.of("Enter when it starts.")), entry("endsAt", List.of("Enter when it ends.")),
				entry("locationIds", List.of("Choose at least one location.")));
	}

	@Test
	void anyoneButAnOperatorAdminGetsAnExplained403() throws Exception {
		CompanySummary direct = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		String title = TestData.unique("Sneaky");
		for (CurrentUser other : new CurrentUser[] { this.fixtures.user(this.fixtures.operator(), Role.SALES),
				this.fixtures.user(direct, Role.COMPANY_ADMIN) }) {
			this.mvc.perform(get("/").with(user(other)))
				.andExpect(content().string(not(containsString("/operator/service-status"))));
			this.mvc.perform(get("/operator/service-status").with(user(other)))
				.andExpect(status().isForbidden())
				.andExpect(content().string(containsString("Only Operator Admins can post service status notices")));
			this.mvc
				.perform(post("/operator/service-status").param("kind", "OUTAGE")
					.param("title", title)
					.param("message", "No.")
					.param("startsAt", "2030-05-01T10:00")
					.param("endsAt", "2030-05-01T11:00")
					.param("locationIds", String.valueOf(this.hongKong.id()))
					.with(user(other))
					.with(csrf()))
				.andExpect(status().isForbidden());
		}
		assertThat(this.jdbc.queryForObject("select count(*) from service_status_notice where title = ?", Integer.class,
				title))
			.isZero();
	}

}
