package com.interconnect.portal.browser;

import com.interconnect.portal.support.TestData;
import com.interconnect.portal.user.domain.UserService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new customer signs up their company at /signup, as they would in a browser.
 */
class SignUpBrowserTests extends BrowserTest {

	@Autowired
	private UserService users;

	@Test
	void signingUpCreatesTheCompanyAndLandsOnTheDashboardAsItsCompanyAdmin() {
		String company = TestData.unique("Browser Signup Co");
		String name = TestData.unique("Ada Lovelace");
		String email = TestData.email("signup");

		signUp(company, name, email, TestData.PASSWORD);

		waitForPath("/");
		assertThat(heading()).isEqualTo("Welcome, " + name);
		assertThat(messages()).containsExactly(
				"Welcome to the portal. Your company " + company + " is ready, and you are its Company Admin.");
		assertThat(mainText()).contains(company).contains("Direct account").contains("you are Company Admin");
		openMenu(name);
		assertThat(menuItems(name)).contains("Log out");
		openMenu("Company");
		assertThat(menuItems("Company")).containsExactly("Company Settings", "Technical Support Details",
				"Billing Markets", "Manage Users", "Marketplace Profile", "Service Keys", "Audit Log");
	}

	@Test
	void signUpErrorsAreShownNextToTheFieldsAndSummarisedAndTheEnteredValuesKept() {
		String company = TestData.unique("Browser Typo Co");
		String name = TestData.unique("Grace Hopper");

		signUp(company, name, "not-an-email", "short");

		assertThat(path()).isEqualTo("/signup");
		assertThat(heading()).isEqualTo("Sign up");
		assertThat(errorNextTo("Email")).isEqualTo("Enter an email address like name@example.com.");
		assertThat(errorNextTo("Password")).isEqualTo("A password has at least 12 characters.");
		assertThat(errorNextTo("Company name")).isNull();
		assertThat(errorNextTo("Your name")).isNull();
		assertThat(errorSummary()).containsExactlyInAnyOrder("Enter an email address like name@example.com.",
				"A password has at least 12 characters.");
		assertThat(valueOf("Company name")).isEqualTo(company);
		assertThat(valueOf("Your name")).isEqualTo(name);
		assertThat(valueOf("Email")).isEqualTo("not-an-email");
		assertThat(valueOf("Password")).isEmpty();
	}

	@Test
	void signingUpWithAnEmailAlreadyUsedShowsTheErrorNextToEmail() {
		String email = TestData.email("taken");
		this.users.signUp(TestData.unique("Browser First Co"), TestData.unique("First User"), email, TestData.PASSWORD);
		String company = TestData.unique("Browser Second Co");

		signUp(company, TestData.unique("Second User"), email, TestData.PASSWORD);

		assertThat(path()).isEqualTo("/signup");
		assertThat(errorNextTo("Email"))
			.isEqualTo("This email address can't be used to sign up. If it is yours, log in instead.");
		assertThat(errorSummary())
			.containsExactly("This email address can't be used to sign up. If it is yours, log in instead.");
		assertThat(valueOf("Company name")).isEqualTo(company);
		assertThat(valueOf("Email")).isEqualTo(email);
		assertThat(valueOf("Password")).isEmpty();
	}

}
