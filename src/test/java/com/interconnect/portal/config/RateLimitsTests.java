package com.interconnect.portal.config;

import com.interconnect.portal.support.TestData;
import com.interconnect.portal.support.TestSmtp;
import com.interconnect.portal.user.domain.UserService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The rate limits as the portal has them (the other tests, all from one address, turn
 * them off): per account and per client address, counted in the database, answered with
 * the 429 page, nothing changed.
 */
@SpringBootTest(properties = { "portal.rate-limits.log-in.per-address=30", "portal.rate-limits.log-in.per-account=10",
		"portal.rate-limits.sign-up.per-address=10" })
@AutoConfigureMockMvc
class RateLimitsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	static void smtp() {
		TestSmtp.start();
	}

	@Test
	void tenLogInsForOneAccountIn15MinutesThenA429EvenWithTheRightPassword() throws Exception {
		String email = TestData.email("limited");
		this.users.signUp(TestData.unique("Limit Co"), "Lim Ited", email, TestData.PASSWORD);
		// from ever new addresses: the account's limit counts them all
		for (int attempt = 1; attempt <= 10; attempt++) {
			logIn(email, TestData.PASSWORD, from("198.51.100." + attempt)).andExpect(redirectedUrl("/"));
		}
		logIn(email, TestData.PASSWORD, from("198.51.100.11")).andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(status().reason(containsString("Too many log-in attempts")));
		// another account is not held up
		String other = TestData.email("other");
		this.users.signUp(TestData.unique("Other Co"), "Oth Er", other, TestData.PASSWORD);
		logIn(other, TestData.PASSWORD, from("198.51.100.12")).andExpect(redirectedUrl("/"));
	}

	@Test
	void tenSignUpsFromOneAddressInAnHourThenA429AndNothingStored() throws Exception {
		for (int attempt = 1; attempt <= 10; attempt++) {
			signUp(TestData.email("many"), from("203.0.113.5")).andExpect(redirectedUrl("/"));
		}
		String email = TestData.email("eleventh");
		signUp(email, from("203.0.113.5")).andExpect(status().isTooManyRequests());
		assertThat(this.jdbc.queryForObject("select count(*) from app_user where email = ?", Integer.class, email))
			.isZero();
		// another address still signs up; the windows are rows every instance counts
		signUp(TestData.email("elsewhere"), from("203.0.113.6")).andExpect(redirectedUrl("/"));
		assertThat(this.jdbc.queryForObject("select requests from rate_limit_window where key = ?", Integer.class,
				"sign-up:address:203.0.113.5"))
			.isEqualTo(11);
	}

	private ResultActions logIn(String email, String password, RequestPostProcessor address) throws Exception {
		return this.mvc
			.perform(post("/login").param("email", email).param("password", password).with(address).with(csrf()));
	}

	private ResultActions signUp(String email, RequestPostProcessor address) throws Exception {
		return this.mvc.perform(post("/signup").param("companyName", TestData.unique("Many Co"))
			.param("fullName", "Manny")
			.param("email", email)
			.param("password", TestData.PASSWORD)
			.with(address)
			.with(csrf()));
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
