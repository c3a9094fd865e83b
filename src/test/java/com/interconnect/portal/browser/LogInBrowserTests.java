package com.interconnect.portal.browser;

import com.interconnect.portal.support.TestData;
import com.interconnect.portal.user.domain.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logging in at /login, being locked out after too many wrong passwords, and logging out
 * from the user menu.
 */
class LogInBrowserTests extends BrowserTest {

	private static final String INCORRECT = "Incorrect email or password. Check them and try again.";

	private static final String LOCKED = "Your account is locked after too many failed log-ins. "
			+ "Try again in 15 minutes, or ask your Company Admin for help.";

	@Autowired
	private UserService users;

	private String name;

	private String email;

	@BeforeEach
	void signUpACompany() {
		this.name = TestData.unique("Linus Login");
		this.email = TestData.email("login");
		this.users.signUp(TestData.unique("Browser Login Co"), this.name, this.email, TestData.PASSWORD);
	}

	@Test
	void logInWithTheRightPasswordOpensTheDashboard() {
		logIn(this.email, TestData.PASSWORD);

		waitForPath("/");
		assertThat(heading()).isEqualTo("Welcome, " + this.name);
		assertThat(messages()).isEmpty();
	}

	@Test
	void logInWithAWrongPasswordStaysOnTheLoginPage() {
		logIn(this.email, "not-the-password");

		waitForPath("/login");
		assertThat(query()).isEqualTo("error");
		assertThat(heading()).isEqualTo("Log in");
		assertThat(messages()).containsExactly(INCORRECT);

		open("/");
		waitForPath("/login");
	}

	@Test
	void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightPassword() {
		for (int attempt = 1; attempt <= 4; attempt++) {
			logIn(this.email, "wrong-password-" + attempt);
			waitForPath("/login");
			assertThat(messages()).as("after wrong password %d", attempt).containsExactly(INCORRECT);
		}

		logIn(this.email, "wrong-password-5");

		waitForPath("/login");
		assertThat(query()).isEqualTo("locked");
		assertThat(messages()).containsExactly(LOCKED);

		logIn(this.email, TestData.PASSWORD);

		waitForPath("/login");
		assertThat(messages()).containsExactly(LOCKED);
		open("/");
		waitForPath("/login");
	}

	@Test
	void logOutFromTheUserMenu() {
		logIn(this.email, TestData.PASSWORD);
		waitForPath("/");

		openMenu(this.name);
		press("Log out");

		waitForPath("/login");
		assertThat(messages()).containsExactly("You have logged out.");
		open("/");
		waitForPath("/login");
		assertThat(heading()).isEqualTo("Log in");
	}

}
