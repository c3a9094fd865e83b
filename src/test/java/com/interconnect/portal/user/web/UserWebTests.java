package com.interconnect.portal.user.web;

import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.TestData;
import com.interconnect.portal.user.domain.UserRow;
import com.interconnect.portal.user.domain.UserService;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Log-in, lock-out, CSRF, headers and the checks behind Manage Users, through the whole
 * web stack and the database.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UserWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser admin;

	@BeforeEach
	void signUpACompany() {
		this.admin = this.users.signUp(TestData.unique("Web Co"), "Wendy Admin", TestData.email("admin"),
				TestData.PASSWORD);
	}

	@Test
	void pagesNeedALogIn() throws Exception {
		this.mvc.perform(get("/company/users"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void theLoginPageUsesTheInterfaceWordsAndSendsSecurityHeaders() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<label for=\"email\">Email</label>")))
			.andExpect(content().string(containsString("<label for=\"password\">Password</label>")))
			.andExpect(content().string(containsString(">Log in</button>")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")));
	}

	@Test
	void theStylesheetScriptAndIconNeedNoLogIn() throws Exception {
		// every page loads them, the login page too, before anyone has logged in
		this.mvc.perform(get("/css/portal.css")).andExpect(status().isOk());
		this.mvc.perform(get("/js/portal.js"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("details.menu")));
		this.mvc.perform(get("/favicon.svg")).andExpect(status().isOk());
		this.mvc.perform(get("/login"))
			.andExpect(content().string(containsString("<script src=\"/js/portal.js\" defer>")))
			.andExpect(content()
				.string(containsString("<link rel=\"icon\" type=\"image/svg+xml\" href=\"/favicon.svg\">")));
	}

	@Test
	void formsWithoutTheCsrfTokenAreRefused() throws Exception {
		this.mvc.perform(post("/login").param("email", this.admin.email()).param("password", TestData.PASSWORD))
			.andExpect(status().isForbidden());
	}

	@Test
	void aLogInGetsANewSessionId() throws Exception {
		// sessions live in the database (Spring Session): their id travels in the SESSION
		// cookie
		Cookie before = this.mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
		assertThat(before).isNotNull();
		MvcResult result = this.mvc
			.perform(post("/login").cookie(before)
				.param("email", this.admin.email())
				.param("password", TestData.PASSWORD)
				.with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		Cookie after = result.getResponse().getCookie("SESSION");
		assertThat(after).isNotNull();
		assertThat(after.getValue()).isNotEqualTo(before.getValue());
		this.mvc.perform(get("/").cookie(after)).andExpect(status().isOk());
		// the id from before the log-in is worth nothing
		this.mvc.perform(get("/").cookie(before)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() throws Exception {
		for (int attempt = 1; attempt < 5; attempt++) {
			logIn("wrong-password-1").andExpect(redirectedUrl("/login?error"));
		}
		logIn("wrong-password-1").andExpect(redirectedUrl("/login?locked"));
		logIn(TestData.PASSWORD).andExpect(redirectedUrl("/login?locked"));
		this.mvc.perform(get("/login?locked"))
			.andExpect(content().string(containsString("Your account is locked after too many failed log-ins")));
	}

	@Test
	void aSuccessfulLogInClearsTheFailedAttempts() throws Exception {
		logIn("wrong-password-1").andExpect(redirectedUrl("/login?error"));
		logIn(TestData.PASSWORD).andExpect(redirectedUrl("/"));
		assertThat(this.jdbc.queryForObject("select failed_login_attempts from app_user where id = ?", Integer.class,
				this.admin.id()))
			.isZero();
	}

	@Test
	void otherRolesGetAnExplained403AtManageUsers() throws Exception {
		CurrentUser reader = activeUser(Role.READ_ONLY);
		this.mvc.perform(get("/company/users").with(user(reader)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Only a Company Admin can manage users.")));
		this.mvc.perform(get("/").with(user(reader)))
			.andExpect(content().string(containsString("Company Settings")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Manage Users"))));
	}

	@Test
	void anotherCompanysUserAnswers404AndStaysUnchanged() throws Exception {
		CurrentUser other = this.users.signUp(TestData.unique("Other Web Co"), "Olga", TestData.email("other"),
				TestData.PASSWORD);
		this.mvc.perform(get("/company/users/{id}", other.id()).with(user(this.admin)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page not found")));
		this.mvc
			.perform(post("/company/users/{id}/role", other.id()).param("role", "READ_ONLY")
				.with(user(this.admin))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/company/users/{id}/deactivate", other.id()).with(user(this.admin)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.queryForMap("select role, status from app_user where id = ?", other.id()))
			.containsEntry("role", "COMPANY_ADMIN")
			.containsEntry("status", "ACTIVE");
	}

	@Test
	void deactivatingAUserAsksForTheTickFirst() throws Exception {
		UserRow invited = this.users.invite(this.admin, TestData.email("leaver"), "Lee Leaver", Role.READ_ONLY);
		this.mvc.perform(get("/company/users/{id}", invited.id()).with(user(this.admin)))
			.andExpect(content().string(containsString("<label for=\"confirm\">Yes, deactivate Lee Leaver</label>")));

		this.mvc.perform(post("/company/users/{id}/deactivate", invited.id()).with(user(this.admin)).with(csrf()))
			.andExpect(redirectedUrl("/company/users/" + invited.id()))
			.andExpect(
					flash().attribute("failure", "Tick “Yes, deactivate Lee Leaver” to confirm: nothing was changed."));
		assertThat(statusOf(invited.id())).isEqualTo("INVITED");

		this.mvc
			.perform(post("/company/users/{id}/deactivate", invited.id()).param("confirm", "true")
				.with(user(this.admin))
				.with(csrf()))
			.andExpect(redirectedUrl("/company/users"));
		assertThat(statusOf(invited.id())).isEqualTo("DEACTIVATED");
	}

	private String statusOf(long userId) {
		return this.jdbc.queryForObject("select status from app_user where id = ?", String.class, userId);
	}

	@Test
	void badInviteInputIsShownBesideTheFieldAndStoresNothing() throws Exception {
		this.mvc
			.perform(post("/company/users/invite").param("email", "not-an-email")
				.param("fullName", "Nina")
				.param("role", "FINANCE")
				.with(user(this.admin))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter an email address like name@example.com.")))
			.andExpect(content().string(containsString("value=\"Nina\"")));
		assertThat(this.jdbc.queryForObject("select count(*) from app_user where company_id = ?", Integer.class,
				this.admin.companyId()))
			.isEqualTo(1);
	}

	@Test
	void theLastAdminCannotBeDemotedAndIsToldWhy() throws Exception {
		this.mvc
			.perform(post("/company/users/{id}/role", this.admin.id()).param("role", "READ_ONLY")
				.with(user(this.admin))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("last active Company Admin")));
	}

	@Test
	void aRoleChangeAppliesAtTheNextClickAndADeactivatedUserIsSignedOut() throws Exception {
		CurrentUser second = activeUser(Role.COMPANY_ADMIN);
		this.users.changeRole(this.admin, second.id(), Role.READ_ONLY);
		this.mvc.perform(get("/company/users").with(user(second))).andExpect(status().isForbidden());

		this.users.deactivate(this.admin, second.id());
		this.mvc.perform(get("/").with(user(second))).andExpect(redirectedUrl("/login?expired"));
	}

	private org.springframework.test.web.servlet.ResultActions logIn(String password) throws Exception {
		return this.mvc
			.perform(post("/login").param("email", this.admin.email()).param("password", password).with(csrf()));
	}

	private CurrentUser activeUser(Role role) {
		String email = TestData.email(role.name().toLowerCase());
		this.users.createActive(this.admin.companyId(), email, role.label() + " User", role, TestData.PASSWORD);
		return this.users.findActiveByEmail(email).orElseThrow();
	}

}
