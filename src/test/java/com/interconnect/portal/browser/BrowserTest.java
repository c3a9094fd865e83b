package com.interconnect.portal.browser;

import java.io.File;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import com.interconnect.portal.support.TestSmtp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal running on a random port, driven by Debian's chromium in headless mode. The
 * helpers find things the way a user reads the page: fields by their label, buttons and
 * links by their words, menus by what their summary shows. Each test gets a fresh browser
 * (no cookies, no session).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
abstract class BrowserTest {

	private static final Duration WAIT = Duration.ofSeconds(20);

	@LocalServerPort
	private int port;

	protected WebDriver browser;

	/** When a test fails, show where the browser was and what it showed. */
	@RegisterExtension
	final AfterTestExecutionCallback reportPageOnFailure = (context) -> context.getExecutionException()
		.ifPresent((ex) -> {
			if (this.browser != null) {
				System.err.println("Browser at " + this.browser.getCurrentUrl() + " showed:\n"
						+ this.browser.findElement(By.tagName("body")).getText());
			}
		});

	@BeforeAll
	static void startSmtp() {
		// invitations are emailed; every test context delivers to the shared GreenMail
		TestSmtp.start();
	}

	@BeforeEach
	void openBrowser() {
		ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
				"--window-size=1280,1024");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	// --- going places

	protected void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
		waitForPageLoaded();
	}

	/** The path the browser shows now, without query. */
	protected String path() {
		return URI.create(this.browser.getCurrentUrl()).getPath();
	}

	/** The query of the address the browser shows now, or null. */
	protected String query() {
		return URI.create(this.browser.getCurrentUrl()).getQuery();
	}

	protected void waitForPath(String expected) {
		until(() -> "expected to be at " + expected + " but was at " + this.browser.getCurrentUrl(),
				(driver) -> expected.equals(path()));
	}

	// --- doing things

	/** The form field that the label with this text names in its {@code for}. */
	protected WebElement field(String label) {
		WebElement labelElement = visible(By.xpath("//label[normalize-space()=" + literal(label) + "]"));
		String id = labelElement.getDomAttribute("for");
		assertThat(id).as("the label '%s' names its field with for", label).isNotBlank();
		return this.browser.findElement(By.id(id));
	}

	protected void fillIn(String label, String text) {
		WebElement field = field(label);
		field.clear();
		field.sendKeys(text);
	}

	protected void choose(String label, String option) {
		new Select(field(label)).selectByVisibleText(option);
	}

	/** Presses the button with these words and waits for the page it leads to. */
	protected void press(String words) {
		clickAndWaitForNextPage(visible(By.xpath("//button[normalize-space()=" + literal(words) + "]")));
	}

	/** Follows the link with these words and waits for the page it leads to. */
	protected void clickLink(String words) {
		clickAndWaitForNextPage(visible(By.xpath("//a[normalize-space()=" + literal(words) + "]")));
	}

	/**
	 * Opens the drop-down menu whose summary reads these words (or starts with them, as
	 * the user menu shows the name and then the company).
	 */
	protected void openMenu(String words) {
		WebElement summary = visible(By.xpath("//details/summary[normalize-space()=" + literal(words)
				+ " or starts-with(normalize-space(), " + literal(words + " ") + ")]"));
		summary.click();
		WebElement menu = summary.findElement(By.xpath(".."));
		until(() -> "the menu '" + words + "' did not open", (driver) -> menu.getDomAttribute("open") != null);
	}

	/**
	 * The words of the links and buttons in the open menu whose summary reads these
	 * words.
	 */
	protected List<String> menuItems(String words) {
		WebElement menu = visible(By.xpath("//details[@open]/summary[normalize-space()=" + literal(words)
				+ " or starts-with(normalize-space(), " + literal(words + " ") + ")]/.."));
		return menu.findElements(By.cssSelector("ul a, ul button"))
			.stream()
			.filter(WebElement::isDisplayed)
			.map(WebElement::getText)
			.map(String::strip)
			.toList();
	}

	protected void logIn(String email, String password) {
		open("/login");
		fillIn("Email", email);
		fillIn("Password", password);
		press("Log in");
	}

	/** Logs out from the user menu, whose summary starts with the user's name. */
	protected void logOut(String fullName) {
		openMenu(fullName);
		press("Log out");
	}

	protected void signUp(String companyName, String fullName, String email, String password) {
		open("/signup");
		fillIn("Company name", companyName);
		fillIn("Your name", fullName);
		fillIn("Email", email);
		fillIn("Password", password);
		press("Sign up");
	}

	// --- what the user sees

	protected String heading() {
		return visible(By.tagName("h1")).getText().strip();
	}

	/** The messages shown at the top of the page (successes, errors, notices). */
	protected List<String> messages() {
		return this.browser.findElements(By.cssSelector(".flash"))
			.stream()
			.filter(WebElement::isDisplayed)
			.map(WebElement::getText)
			.map(String::strip)
			.toList();
	}

	/**
	 * The error shown next to the field with this label (the one its
	 * {@code aria-describedby} points to), or null when there is none.
	 */
	protected String errorNextTo(String label) {
		String describedBy = field(label).getDomAttribute("aria-describedby");
		if (describedBy == null) {
			return null;
		}
		try {
			WebElement error = this.browser.findElement(By.id(describedBy));
			return error.isDisplayed() ? error.getText().strip() : null;
		}
		catch (NoSuchElementException ex) {
			return null;
		}
	}

	/** The errors listed in the summary at the top of the form. */
	protected List<String> errorSummary() {
		return visible(By.cssSelector(".error-summary")).findElements(By.cssSelector("li"))
			.stream()
			.map(WebElement::getText)
			.map(String::strip)
			.toList();
	}

	/** The element that has the keyboard focus. */
	protected WebElement focused() {
		return this.browser.switchTo().activeElement();
	}

	/** The options of the list with this label, as it shows them. */
	protected List<String> optionsOf(String label) {
		return new Select(field(label)).getOptions().stream().map(WebElement::getText).map(String::strip).toList();
	}

	/** What the field with this label holds now. */
	protected String valueOf(String label) {
		return field(label).getDomProperty("value");
	}

	/** The visible text of the page's main content. */
	protected String mainText() {
		return visible(By.tagName("main")).getText();
	}

	/**
	 * The row of the table that has a cell with exactly this text, as column heading to
	 * cell text.
	 */
	protected Map<String, String> rowWith(String cellText) {
		WebElement row = visible(By.xpath("//table//tr[td[normalize-space()=" + literal(cellText) + "]]"));
		WebElement table = row.findElement(By.xpath("ancestor::table[1]"));
		List<WebElement> headings = table.findElements(By.cssSelector("thead th"));
		List<WebElement> cells = row.findElements(By.tagName("td"));
		Map<String, String> columns = new LinkedHashMap<>();
		for (int i = 0; i < Math.min(headings.size(), cells.size()); i++) {
			columns.put(headings.get(i).getText().strip(), cells.get(i).getText().strip());
		}
		return columns;
	}

	// --- plumbing

	private WebElement visible(By by) {
		return until(() -> "nothing visible at " + this.browser.getCurrentUrl() + " for " + by,
				ExpectedConditions.visibilityOfElementLocated(by));
	}

	private void clickAndWaitForNextPage(WebElement element) {
		WebElement page = this.browser.findElement(By.tagName("html"));
		element.click();
		until(() -> "no new page after the click, still at " + this.browser.getCurrentUrl(), (driver) -> isGone(page));
		waitForPageLoaded();
	}

	/**
	 * Whether the old page's root is gone. Chromium reports it either as a stale element
	 * or, when the check races the navigation, as a node that "does not belong to the
	 * document".
	 */
	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	/**
	 * Waits for the page, then checks what every page owes its users (product.md §9): ids
	 * are unique, so that each label names one field, and every field has a label.
	 */
	private void waitForPageLoaded() {
		until(() -> "the page did not finish loading", (driver) -> "complete"
			.equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
		Object problems = ((JavascriptExecutor) this.browser).executeScript("""
				const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
				const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
				const fields = document.querySelectorAll(
					'input:not([type=hidden]):not([type=submit]):not([type=button]), select, textarea');
				const unlabelled = [...fields].filter((field) => field.labels.length === 0
					&& !field.getAttribute('aria-label') && !field.getAttribute('aria-labelledby'));
				return repeated.map((id) => 'repeated id ' + id)
					.concat(unlabelled.map((field) => 'no label for ' + field.outerHTML));
				""");
		assertThat((List<?>) problems).as("the page at %s", this.browser.getCurrentUrl()).isEmpty();
	}

	private <T> T until(Supplier<String> message, Function<WebDriver, T> condition) {
		return new WebDriverWait(this.browser, WAIT).withMessage(message).until(condition);
	}

	/** An XPath string literal for any text. */
	private static String literal(String text) {
		if (!text.contains("'")) {
			return "'" + text + "'";
		}
		if (!text.contains("\"")) {
			return "\"" + text + "\"";
		}
		return "concat('" + text.replace("'", "', \"'\", '") + "')";
	}

}
