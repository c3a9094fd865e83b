package com.interconnect.portal.ordering.web;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SupportedBy;
import com.interconnect.portal.ordering.ServiceState;
import com.interconnect.portal.ordering.domain.ServicesFixtures;
import com.interconnect.portal.shared.CappedPage;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.Fixtures;
import com.interconnect.portal.user.domain.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
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
 * Services, a service's page and cancelling through the whole web stack and the database.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ServicesWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	UserService users;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	Fixtures fixtures;

	ServicesFixtures services;

	CompanySummary company;

	CurrentUser admin;

	@BeforeEach
	void setUp() {
		this.fixtures = new Fixtures(this.accounts, this.users);
		this.services = new ServicesFixtures(this.context);
		this.company = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		this.admin = this.fixtures.user(this.company, Role.COMPANY_ADMIN);
	}

	@Test
	void theTopNavigationOffersServicesToEveryCustomerUserBeforeCompany() throws Exception {
		for (Role role : Role.customerRoles()) {
			this.mvc.perform(get("/").with(user(this.fixtures.user(this.company, role))))
				.andExpect(status().isOk())
				.andExpect(content().string(matchesPattern(
						"(?s).*<nav class=\"main-nav\".*<li><a href=\"/services\">Services</a></li>.*<summary>Company</summary>.*")));
		}
		for (Role role : Role.operatorRoles()) {
			this.mvc.perform(get("/").with(user(this.fixtures.user(this.fixtures.operator(), role))))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("href=\"/services\""))));
		}
	}

	@Test
	void theServicesPageListsTheCompanysServicesWithTheirDetails() throws Exception {
		long port = this.services.port(this.company.id(), "Sydney port");
		long other = this.services.port(this.company.id(), "Melbourne port");
		this.services.vxc(this.company.id(), "Interstate", port, 100, other, 200, 500);
		CompanySummary stranger = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		this.services.port(stranger.id(), "Stranger port");

		this.mvc.perform(get("/services").with(user(this.fixtures.user(this.company, Role.READ_ONLY))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Services</h1>")))
			.andExpect(content().string(containsString("href=\"/configurations\">Saved configurations</a>")))
			.andExpect(content().string(containsString("href=\"/catalog/prices\">Price Book</a>")))
			.andExpect(content().string(containsString("Sydney port → Melbourne port")))
			.andExpect(content().string(containsString("500 Mbps")))
			.andExpect(content().string(containsString("10 Gbps")))
			.andExpect(content().string(containsString("USD 1,295.00/month")))
			.andExpect(content().string(containsString("Deployable")))
			.andExpect(content().string(not(containsString("Stranger port"))));
		this.mvc.perform(get("/services").param("q", "interSTATE").with(user(this.admin)))
			.andExpect(content().string(containsString("Interstate")))
			.andExpect(content().string(not(containsString(">Sydney port</a>"))));
		this.mvc.perform(get("/services").param("state", "LIVE").with(user(this.admin)))
			.andExpect(content().string(containsString("No service matches your search.")));
	}

	@Test
	void theListIsPaged() throws Exception {
		for (int i = 1; i <= 26; i++) {
			this.services.port(this.company.id(), "Port " + i);
		}

		this.mvc.perform(get("/services").with(user(this.admin)))
			.andExpect(content().string(containsString("Page 1 of 2")))
			.andExpect(content().string(containsString(">Port 26</a>")))
			.andExpect(content().string(not(containsString(">Port 1</a>"))));
		this.mvc.perform(get("/services").param("page", "1").with(user(this.admin)))
			.andExpect(content().string(containsString(">Port 1</a>")))
			.andExpect(content().string(not(containsString(">Port 2</a>"))));
		this.mvc.perform(get("/services").param("page", "5").with(user(this.admin)))
			.andExpect(content().string(containsString("This page is past the last one.")))
			.andExpect(content().string(not(containsString("Your company has no services yet."))));
	}

	@Test
	void aListLongerThanTheCountLooksAheadSaysSoAndStillPagesToTheEnd() throws Exception {
		long first = this.services.port(this.company.id(), "Port 0");
		int more = CappedPage.LOOK_AHEAD + 30;
		this.jdbc.update("""
				insert into service (company_id, order_id, kind, name, state, location_id, speed_gbps, term_months,
				  monthly_price, currency, created_at, next_step_at)
				select company_id, order_id, kind, 'Port ' || g, state, location_id, speed_gbps, term_months,
				  monthly_price, currency, created_at, next_step_at
				from service, generate_series(1, ?) g where id = ?""", more, first);

		this.mvc.perform(get("/services").with(user(this.admin)))
			.andExpect(content().string(containsString("1,000+ services")))
			.andExpect(content().string(containsString("Page 1 of 40+")))
			.andExpect(content().string(containsString(">Port %d</a>".formatted(more))));
		this.mvc.perform(get("/services").param("q", "port 1").param("page", "1").with(user(this.admin)))
			.andExpect(content().string(containsString("Page 2 of 6")))
			.andExpect(content().string(not(containsString("+ services"))));
		// 1,031 services in pages of 25: from page 41 the count reaches the end and is
		// exact again.
		this.mvc.perform(get("/services").param("page", "40").with(user(this.admin)))
			.andExpect(content().string(containsString("Page 41 of 42")))
			.andExpect(content().string(containsString("1,031 services")));
		this.mvc.perform(get("/services").param("page", "41").with(user(this.admin)))
			.andExpect(content().string(containsString(">Port 0</a>")))
			.andExpect(content().string(not(containsString(">Next</a>"))));
	}

	@Test
	void aServicesPageShowsItsDetailsAndHistoryToItsCompanyOnly() throws Exception {
		long port = this.services.port(this.company.id(), "Sydney port");
		this.services.provisionUntilLive(port);

		this.mvc.perform(get("/services/{id}", port).with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Sydney port</h1>")))
			.andExpect(content().string(containsString("12 months")))
			.andExpect(content().string(containsString("Configured by the provisioner")))
			.andExpect(content().string(containsString("No VXCs use this port.")))
			.andExpect(content().string(
					matchesPattern("(?s).*<dt>Live since</dt>\\s*<dd>\\d{1,2} \\w{3} \\d{4} \\d{2}:\\d{2} UTC</dd>.*")))
			.andExpect(content().string(containsString("Cancel service")));
		CompanySummary stranger = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		this.mvc.perform(get("/services/{id}", port).with(user(this.fixtures.user(stranger, Role.COMPANY_ADMIN))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/services/{id}", port).with(user(this.fixtures.user(this.company, Role.READ_ONLY))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Cancel service"))))
			.andExpect(content().string(containsString("Only a Company Admin or Technical Admin can cancel")));
	}

	@Test
	void aCancelledServiceIsShownAsNotBilled() throws Exception {
		long port = this.services.port(this.company.id(), "Short-lived port");
		this.services.provisionUntilLive(port);
		this.mvc
			.perform(post("/services/{id}/cancel", port).param("confirm", "true").with(user(this.admin)).with(csrf()))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/services/{id}", port).with(user(this.admin)))
			.andExpect(content().string(matchesPattern("(?s).*<dt>Price</dt><dd>\\s*Not billed\\s*</dd>.*")));
		this.mvc.perform(get("/services").param("q", "Short-lived").with(user(this.admin)))
			.andExpect(content().string(matchesPattern("(?s).*<td>\\s*Not billed\\s*</td>.*")))
			.andExpect(content().string(not(containsString("/month"))));
	}

	@Test
	void theOperatorsStaffGetAnExplained403() throws Exception {
		this.mvc.perform(get("/services").with(user(this.fixtures.user(this.fixtures.operator(), Role.SALES))))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("the operator&#39;s staff have none")));
	}

	@Test
	void cancellingAskedByAUserWhoMayNotIsRefusedWithTheReason() throws Exception {
		long port = this.services.port(this.company.id(), "Sydney port");

		this.mvc
			.perform(post("/services/{id}/cancel", port).param("confirm", "true")
				.with(user(this.fixtures.user(this.company, Role.TECHNICAL_CONTACT)))
				.with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(
					content().string(containsString("Only a Company Admin or Technical Admin can cancel services.")));
		CompanySummary stranger = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		this.mvc
			.perform(post("/services/{id}/cancel", port).param("confirm", "true")
				.with(user(this.fixtures.user(stranger, Role.COMPANY_ADMIN)))
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.services.stateOf(port)).isEqualTo(ServiceState.DEPLOYABLE);
	}

	@Test
	void aPortInUseIsNotCancelledAndItsPageSaysWhy() throws Exception {
		long port = this.services.port(this.company.id(), "Sydney port");
		long other = this.services.port(this.company.id(), "Melbourne port");
		this.services.vxc(this.company.id(), "Interstate", port, 100, other, 200, 500);

		this.mvc
			.perform(post("/services/{id}/cancel", port).param("confirm", "true").with(user(this.admin)).with(csrf()))
			.andExpect(redirectedUrl("/services/" + port))
			.andExpect(flash().attribute("failure",
					"Port Sydney port still has 1 VXC that has not ended. Cancel its VXCs first: Interstate."));
		assertThat(this.services.stateOf(port)).isEqualTo(ServiceState.DEPLOYABLE);

		this.mvc.perform(post("/services/{id}/cancel", port).with(user(this.admin)).with(csrf()))
			.andExpect(redirectedUrl("/services/" + port))
			.andExpect(flash().attribute("failure", containsString("nothing was cancelled")));
		assertThat(this.services.stateOf(port)).isEqualTo(ServiceState.DEPLOYABLE);
	}

	@Test
	void aConfirmedCancelEndsTheServiceAndSaysSo() throws Exception {
		long port = this.services.port(this.company.id(), "Sydney port");
		long other = this.services.port(this.company.id(), "Melbourne port");
		long vxc = this.services.vxc(this.company.id(), "Interstate", port, 100, other, 200, 500);

		this.mvc
			.perform(post("/services/{id}/cancel", vxc).param("confirm", "true").with(user(this.admin)).with(csrf()))
			.andExpect(redirectedUrl("/services/" + vxc))
			.andExpect(flash().attribute("success", "VXC Interstate is cancelled."));

		assertThat(this.services.stateOf(vxc)).isEqualTo(ServiceState.CANCELLED);
		this.mvc.perform(get("/services/{id}", vxc).with(user(this.admin)))
			.andExpect(content().string(containsString("Cancelled by " + this.admin.fullName())))
			.andExpect(content().string(not(containsString("Cancel service"))));
	}

	@Test
	void aLiveVxcsPageChangesItsSpeedAndShowsARefusalBesideTheField() throws Exception {
		long vxc = liveVxcBetweenOwnPorts(500);

		this.mvc.perform(get("/services/{id}", vxc).with(user(this.admin)))
			.andExpect(content().string(containsString("<h2 id=\"speed\">Change speed</h2>")))
			.andExpect(content().string(containsString("<label for=\"rateLimitMbps\">Rate limit (Mbps)</label>")))
			.andExpect(content().string(containsString("value=\"500\"")))
			.andExpect(content().string(containsString("Up to 1,000 Mbps, the speed of the smaller port.")))
			.andExpect(content().string(containsString("The change applies at once.")));

		this.mvc.perform(
				post("/services/{id}/speed", vxc).param("rateLimitMbps", "5000").with(user(this.admin)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"5000\"")))
			.andExpect(content().string(matchesPattern("(?s).*class=\"error-summary\".*"
					+ "The rate limit can be at most 1,000 Mbps, the speed of the smaller port\\..*"
					+ "id=\"rateLimitMbps-error\">The rate limit can be at most 1,000 Mbps.*")));
		this.mvc.perform(
				post("/services/{id}/speed", vxc).param("rateLimitMbps", "fast").with(user(this.admin)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"fast\"")))
			.andExpect(content().string(containsString("Enter a rate limit of at least 1 Mbps.")));
		assertThat(rateOf(vxc)).isEqualTo(500);

		this.mvc
			.perform(
					post("/services/{id}/speed", vxc).param("rateLimitMbps", "200").with(user(this.admin)).with(csrf()))
			.andExpect(redirectedUrl("/services/" + vxc))
			.andExpect(flash().attribute("success",
					matchesPattern("Interstate now runs at 200 Mbps, for USD .*/month\\.")));
		assertThat(rateOf(vxc)).isEqualTo(200);
		this.mvc.perform(get("/services/{id}", vxc).with(user(this.admin)))
			.andExpect(content().string(containsString("Speed lowered from 500 to 200 Mbps")));
	}

	@Test
	void changingTheSpeedIsRefusedToOtherRolesAndCompanies() throws Exception {
		long vxc = liveVxcBetweenOwnPorts(500);
		CurrentUser contact = this.fixtures.user(this.company, Role.TECHNICAL_CONTACT);

		this.mvc.perform(get("/services/{id}", vxc).with(user(contact)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Change speed"))));
		this.mvc
			.perform(post("/services/{id}/speed", vxc).param("rateLimitMbps", "200").with(user(contact)).with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Only a Company Admin or Technical Admin can change a VXC")));
		CompanySummary stranger = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		this.mvc
			.perform(post("/services/{id}/speed", vxc).param("rateLimitMbps", "200")
				.with(user(this.fixtures.user(stranger, Role.COMPANY_ADMIN)))
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(rateOf(vxc)).isEqualTo(500);
	}

	/** A LIVE VXC between a 10 Gbps and a 1 Gbps port of the company. */
	private long liveVxcBetweenOwnPorts(int rateLimitMbps) {
		long port = this.services.port(this.company.id(), "Sydney port");
		long other = this.services.port(this.company.id(), "Melbourne port", 1);
		long vxc = this.services.vxc(this.company.id(), "Interstate", port, 100, other, 200, rateLimitMbps);
		this.services.provisionUntilLive(port, other, vxc);
		return vxc;
	}

	private int rateOf(long vxc) {
		return this.jdbc.queryForObject("select rate_limit_mbps from service where id = ?", Integer.class, vxc);
	}

}
