package com.interconnect.portal.user.web;

import java.util.List;

import com.interconnect.portal.support.FormErrors;
import com.interconnect.portal.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sign-up form's errors through the whole web stack and the database: one message per
 * field, beside it and in the summary, in the order of the form.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SignUpWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anEmptyFormAsksForEachFieldOnceInTheOrderOfTheForm() throws Exception {
		FormErrors errors = signUp("", "", "", "");

		assertThat(errors.summary()).containsExactly("Enter your company's name.", "Enter your name.",
				"Enter your email address.", "Choose a password.");
		assertThat(errors.besideFields()).containsExactly(entry("companyName", List.of("Enter your company's name.")),
				entry("fullName", List.of("Enter your name.")), entry("email", List.of("Enter your email address.")),
				entry("password", List.of("Choose a password.")));
	}

	@Test
	void tooShortValuesAreToldTheirLengthOnceAndNothingIsStored() throws Exception {
		String company = "A";
		String email = TestData.email("short");

		FormErrors errors = signUp(company, "Sam Short", email, "short");

		assertThat(errors.summary()).containsExactly("A company name has 2 to 100 characters.",
				"A password has at least 12 characters.");
		assertThat(errors.besideFields()).containsExactly(
				entry("companyName", List.of("A company name has 2 to 100 characters.")),
				entry("password", List.of("A password has at least 12 characters.")));
		assertThat(this.jdbc.queryForObject("select count(*) from app_user where email = ?", Integer.class, email))
			.isZero();
	}

	@Test
	void anEmailWhoseDomainHasNoDotIsRefused() throws Exception {
		// its domain could never hold the company's support email (product.md §3)
		FormErrors errors = signUp("Dotless Domain Ltd", "Dee Dotless", "dee@dotless", "correct horse battery");

		assertThat(errors.besideFields())
			.containsExactly(entry("email", List.of("Enter an email address like name@example.com.")));
		assertThat(
				this.jdbc.queryForObject("select count(*) from app_user where email = ?", Integer.class, "dee@dotless"))
			.isZero();
	}

	private FormErrors signUp(String companyName, String fullName, String email, String password) throws Exception {
		String html = this.mvc
			.perform(post("/signup").param("companyName", companyName)
				.param("fullName", fullName)
				.param("email", email)
				.param("password", password)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return FormErrors.of(html);
	}

}
