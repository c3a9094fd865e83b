package com.interconnect.portal.user.web;

import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.FormErrors;
import com.interconnect.portal.support.TestData;
import com.interconnect.portal.support.TestSmtp;
import com.interconnect.portal.user.UserInvited;
import com.interconnect.portal.user.domain.UserRow;
import com.interconnect.portal.user.domain.UserService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Input an attacker or a careless user sends to sign-up, invitations and Manage Users:
 * each gets a message beside its field or its proper 4xx, never a 500, and nothing is
 * stored.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class UserHardeningWebTests {

	/** 73 ASCII characters: one byte more than bcrypt reads. */
	static final String LONG_PASSWORD = "p".repeat(73);

	/** 25 CJK characters: 75 bytes in UTF-8, 25 characters. */
	static final String CJK_PASSWORD = "密".repeat(25);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	CurrentUser admin;

	@BeforeAll
	static void smtp() {
		TestSmtp.start();
	}

	@BeforeEach
	void signUpACompany() {
		this.admin = this.users.signUp(TestData.unique("Hard Co"), "Hanna Admin", TestData.email("admin"),
				TestData.PASSWORD);
	}

	@Test
	void aForgedRoleIsRefusedBesideTheFieldWithTheInputKept() throws Exception {
		String html = this.mvc
			.perform(post("/company/users/invite").param("email", TestData.email("forged"))
				.param("fullName", "Fiona Forged")
				.param("role", "SUPER_ADMIN")
				.with(user(this.admin))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Fiona Forged\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(FormErrors.of(html).besideFields()).containsEntry("role",
				java.util.List.of("Choose one from the list."));
		assertThat(usersOfCompany()).isEqualTo(1);

		UserRow invited = this.users.invite(this.admin, TestData.email("role"), "Rolf", Role.READ_ONLY);
		String edit = this.mvc
			.perform(post("/company/users/{id}/role", invited.id()).param("role", "OPERATOR_ADMIN' or 1=1")
				.with(user(this.admin))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(FormErrors.of(edit).besideFields()).containsEntry("role",
				java.util.List.of("Choose one from the list."));
		assertThat(this.jdbc.queryForObject("select role from app_user where id = ?", String.class, invited.id()))
			.isEqualTo("READ_ONLY");
	}

	@Test
	void aControlCharacterInANameIsRefusedBesideTheField() throws Exception {
		String email = TestData.email("nul");
		String html = this.mvc
			.perform(post("/company/users/invite").param("email", email)
				.param("fullName", "Nul\u0000Name")
				.param("role", "READ_ONLY")
				.with(user(this.admin))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(FormErrors.of(html).besideFields().get("fullName")).singleElement()
			.asString()
			.contains("control characters");
		assertThat(this.jdbc.queryForObject("select count(*) from app_user where email = ?", Integer.class, email))
			.isZero();

		String company = TestData.unique("Bell\u0007Co");
		String signUp = this.mvc
			.perform(post("/signup").param("companyName", company)
				.param("fullName", "Bea\u009bBell")
				.param("email", TestData.email("bell"))
				.param("password", TestData.PASSWORD)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(FormErrors.of(signUp).besideFields()).containsKeys("companyName", "fullName");
		assertThat(this.jdbc.queryForObject("select count(*) from company where name = ?", Integer.class, company))
			.isZero();
	}

	@Test
	void invitingAnotherCompanysUserDoesNotSayTheyExist() throws Exception {
		String foreign = TestData.email("foreign");
		this.users.signUp(TestData.unique("Foreign Co"), "Fred Foreign", foreign, TestData.PASSWORD);
		String own = TestData.email("own");
		this.users.invite(this.admin, own, "Olga Own", Role.READ_ONLY);

		assertThat(inviteErrors(foreign)).containsEntry("email",
				java.util.List.of("This email address can't be invited: ask the person for another one."));
		assertThat(inviteErrors(own)).containsEntry("email",
				java.util.List.of("This person is already a user of your company."));
		assertThat(usersOfCompany()).isEqualTo(2);
	}

	private java.util.Map<String, java.util.List<String>> inviteErrors(String email) throws Exception {
		return FormErrors
			.of(this.mvc.perform(post("/company/users/invite").param("email", email)
				.param("fullName", "Probe")
				.param("role", "READ_ONLY")
				.with(user(this.admin))
				.with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.besideFields();
	}

	@Test
	void aPasswordLongerThanBcryptReadsIsRefusedBesideTheField() throws Exception {
		for (String password : new String[] { LONG_PASSWORD, CJK_PASSWORD }) {
			String email = TestData.email("long");
			String html = this.mvc
				.perform(post("/signup").param("companyName", TestData.unique("Long Co"))
					.param("fullName", "Lou Long")
					.param("email", email)
					.param("password", password)
					.with(csrf()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(FormErrors.of(html).besideFields().get("password")).singleElement()
				.asString()
				.contains("72 bytes");
			assertThat(this.jdbc.queryForObject("select count(*) from app_user where email = ?", Integer.class, email))
				.isZero();
		}

		String email = TestData.email("invitee");
		this.users.invite(this.admin, email, "Ivy", Role.READ_ONLY);
		String token = tokenSentTo(email);
		String html = this.mvc
			.perform(post("/invitations/{token}", token).param("fullName", "Ivy")
				.param("password", LONG_PASSWORD)
				.param("confirmPassword", LONG_PASSWORD)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(FormErrors.of(html).besideFields().get("password")).singleElement().asString().contains("72 bytes");
		assertThat(this.jdbc.queryForObject("select status from app_user where email = ?", String.class, email))
			.isEqualTo("INVITED");
	}

	@Test
	void resendingAnInvitationAfterTheUserJoinedIsRefusedWithAMessage() throws Exception {
		String email = TestData.email("joined");
		UserRow invited = this.users.invite(this.admin, email, "Jo", Role.READ_ONLY);
		this.users.acceptInvitation(tokenSentTo(email), "Jo Joined", TestData.PASSWORD);
		long invitations = invitationsOf(invited.id());

		this.mvc
			.perform(post("/company/users/{id}/resend-invitation", invited.id()).with(user(this.admin)).with(csrf()))
			.andExpect(redirectedUrl("/company/users/" + invited.id()))
			.andExpect(flash().attribute("failure", "Jo Joined has already joined: there is no invitation to resend."));
		assertThat(invitationsOf(invited.id())).isEqualTo(invitations);
	}

	@Test
	void aDeactivatedInvitedUserOpeningAValidLinkGets410() throws Exception {
		String email = TestData.email("gone");
		UserRow invited = this.users.invite(this.admin, email, "Gus", Role.READ_ONLY);
		String token = tokenSentTo(email);
		this.users.deactivate(this.admin, invited.id());

		this.mvc.perform(get("/invitations/{token}", token)).andExpect(status().isGone());
		this.mvc
			.perform(post("/invitations/{token}", token).param("fullName", "Gus")
				.param("password", TestData.PASSWORD)
				.param("confirmPassword", TestData.PASSWORD)
				.with(csrf()))
			.andExpect(status().isGone());
		assertThat(this.jdbc.queryForObject("select status from app_user where id = ?", String.class, invited.id()))
			.isEqualTo("DEACTIVATED");
	}

	@Test
	void anUnknownSortOnAPagedListAnswers400() throws Exception {
		this.mvc.perform(get("/company/users").param("sort", "anything").with(user(this.admin)))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/company/users").param("sort", "fullName,desc").with(user(this.admin)))
			.andExpect(status().isBadRequest());
	}

	private String tokenSentTo(String email) {
		return this.events.stream(UserInvited.class)
			.filter((event) -> event.email().equals(email))
			.reduce((first, second) -> second)
			.orElseThrow()
			.token();
	}

	private long invitationsOf(long userId) {
		return this.jdbc.queryForObject("select count(*) from invitation where user_id = ?", Long.class, userId);
	}

	private int usersOfCompany() {
		return this.jdbc.queryForObject("select count(*) from app_user where company_id = ?", Integer.class,
				this.admin.companyId());
	}

}
