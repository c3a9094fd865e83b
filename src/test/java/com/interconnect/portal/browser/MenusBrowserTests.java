package com.interconnect.portal.browser;

import java.time.Duration;

import com.interconnect.portal.support.TestData;
import com.interconnect.portal.user.domain.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drop-down menus of the top bar behave like menus: one open at a time, Escape or a
 * click elsewhere closes them.
 */
class MenusBrowserTests extends BrowserTest {

	@Autowired
	private UserService users;

	private String name;

	@BeforeEach
	void signUpAndLogIn() {
		this.name = TestData.unique("Mona Menu");
		String email = TestData.email("menu");
		this.users.signUp(TestData.unique("Browser Menu Co"), this.name, email, TestData.PASSWORD);
		logIn(email, TestData.PASSWORD);
		waitForPath("/");
	}

	@Test
	void openingOneMenuClosesTheOther() {
		openMenu("Company");
		openMenu(this.name);

		waitUntilClosed("Company");
		assertThat(isOpen(this.name)).isTrue();
	}

	@Test
	void escapeClosesTheOpenMenuAndLeavesTheFocusOnItsSummary() {
		openMenu("Company");

		new Actions(this.browser).sendKeys(Keys.ESCAPE).perform();

		waitUntilClosed("Company");
		assertThat(this.browser.switchTo().activeElement()).isEqualTo(summary("Company"));
	}

	@Test
	void aClickElsewhereClosesTheOpenMenu() {
		openMenu(this.name);

		this.browser.findElement(By.tagName("h1")).click();

		waitUntilClosed(this.name);
	}

	private void waitUntilClosed(String words) {
		new WebDriverWait(this.browser, Duration.ofSeconds(5)).withMessage("the menu '" + words + "' stayed open")
			.until((driver) -> !isOpen(words));
	}

	private boolean isOpen(String words) {
		return summary(words).findElement(By.xpath("..")).getDomAttribute("open") != null;
	}

	private WebElement summary(String words) {
		return this.browser.findElement(By.xpath("//details/summary[normalize-space()='" + words
				+ "' or starts-with(normalize-space(), '" + words + " ')]"));
	}

}
