package com.interconnect.portal.browser;

import java.time.Duration;
import java.util.List;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SupportedBy;
import com.interconnect.portal.billing.BillingDetails;
import com.interconnect.portal.billing.domain.BillingMarketService;
import com.interconnect.portal.catalog.Catalog;
import com.interconnect.portal.catalog.LocationSummary;
import com.interconnect.portal.catalog.PortSpeed;
import com.interconnect.portal.catalog.Term;
import com.interconnect.portal.ordering.domain.ConfigurationService;
import com.interconnect.portal.ordering.domain.PortDesign;
import com.interconnect.portal.ordering.domain.Provisioner;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.Fixtures;
import com.interconnect.portal.support.SupportDetails;
import com.interconnect.portal.support.TestData;
import com.interconnect.portal.user.domain.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Saved configurations and ordering as users click through them (product.md §5): a new
 * direct company designs a port and sees its price, finds Order disabled with links to
 * what its setup lacks, completes the setup, comes back, orders, and watches the port go
 * live; a Technical Contact may design but not order.
 */
class OrderingBrowserTests extends BrowserTest {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static final String CONFIGURATION = "Sydney starter";

	private static final String PORT = "Sydney port 1";

	@Autowired
	private Catalog catalog;

	@Autowired
	private Provisioner provisioner;

	@Autowired
	private UserService users;

	@Autowired
	private Accounts accounts;

	@Autowired
	private BillingMarketService billing;

	@Autowired
	private SupportDetails support;

	@Autowired
	private ConfigurationService configurations;

	private Fixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new Fixtures(this.accounts, this.users);
	}

	@Test
	void aNewCompanyAdminDesignsAPortCompletesTheSetupOrdersItAndTheProvisionerTakesItLive() {
		String company = TestData.unique("Acme Direct");
		String name = TestData.unique("Alex Admin");
		String email = TestData.email("signup");
		String domain = email.substring(email.indexOf('@') + 1);
		signUp(company, name, email, TestData.PASSWORD);
		waitForPath("/");
		long companyId = this.users.findActiveByEmail(email).orElseThrow().companyId();
		LocationSummary sydney = sydney();
		String usd = this.catalog.portPrice(sydney.id(), 10, Term.TWELVE_MONTHS, "USD").formatted();
		String aud = this.catalog.portPrice(sydney.id(), 10, Term.TWELVE_MONTHS, "AUD").formatted();
		assertThat(usd).startsWith("USD ");
		assertThat(aud).startsWith("AUD ");

		// design: a new saved configuration with a 10 Gbps port in Sydney
		clickLink("Services");
		waitForPath("/services");
		clickLink("Saved configurations");
		waitForPath("/configurations");
		assertThat(heading()).isEqualTo("Saved configurations");
		assertThat(mainText()).contains("No saved configurations yet.");
		fillIn("Name", CONFIGURATION);
		press("Save configuration");

		assertThat(path()).matches("/configurations/\\d+");
		String configurationPath = path();
		assertThat(heading()).isEqualTo(CONFIGURATION);
		assertThat(messages()).contains("Configuration " + CONFIGURATION + " is saved.");
		assertThat(mainText()).contains("No ports or VXCs yet.");

		fillInWithin("add-port", "Name", PORT);
		choose("Location", sydney.label() + " (" + sydney.countryName() + ")");
		choose("Port speed", "10 Gbps");
		choose("Term", "12 months");
		press("Add port");

		waitForPath(configurationPath);
		assertThat(messages()).contains("Port " + PORT + " is added.");
		assertThat(rowWith(PORT)).containsEntry("Item", "Port")
			.containsEntry("Details", sydney.label() + " · 10 Gbps · 12 months")
			.containsEntry("Monthly price", usd);
		assertThat(monthlyTotal()).isEqualTo(usd);
		assertThat(mainText()).contains("Monthly prices in USD, from the price book, excluding taxes.");

		// Order is disabled: the setup lacks support details and a billing market
		assertThat(orderButton().isEnabled()).isFalse();
		assertThat(orderReasons()).extracting(WebElement::getText, (link) -> link.getDomAttribute("href"))
			.containsExactlyInAnyOrder(
					tuple("Add technical support details", "/companies/" + companyId + "/support-details"),
					tuple("Add billing market", "/companies/" + companyId + "/billing-markets/new"));

		// the first link: support details, in international form while there is no
		// billing market
		clickLink("Add technical support details");
		waitForPath("/companies/" + companyId + "/support-details");
		assertThat(heading()).isEqualTo("Technical Support Details");
		fillIn("Support Phone", "+61 2 9876 5432");
		fillIn("Support Email", "noc@" + domain);
		press("Save");
		waitForPath("/company/support-details");
		assertThat(messages()).contains("Technical support details saved.");
		assertThat(valueOf("Support Phone")).isEqualTo("+61 2 9876 5432");

		// back at the configuration, only the billing market is missing
		openConfigurationFromServices(usd);
		waitForPath(configurationPath);
		assertThat(rowWith(PORT)).containsEntry("Monthly price", usd);
		assertThat(orderButton().isEnabled()).isFalse();
		assertThat(orderReasons()).extracting(WebElement::getText).containsExactly("Add billing market");

		// the second link: a billing market in Australia
		clickLink("Add billing market");
		waitForPath("/companies/" + companyId + "/billing-markets/new");
		assertThat(heading()).isEqualTo("Enable a billing market");
		choose("Market", "Australia (AUD)");
		fillIn("Billing contact name", "Pat Payer");
		fillIn("Billing contact phone", "(02) 9876 5432");
		fillIn("Billing contact email", "accounts@" + domain);
		fillIn("Address line 1", "1 George Street");
		fillIn("City", "Sydney");
		fillIn("State or region (optional)", "NSW");
		fillIn("Postcode (optional)", "2000");
		press("Enable market");
		waitForPath("/companies/" + companyId + "/billing-markets");
		assertThat(messages()).contains("Australia is enabled as a billing market.");
		assertThat(rowWith("AUD").get("Market")).startsWith("Australia");

		// back at the configuration: prices in AUD, and Order is enabled
		openConfigurationFromServices(aud);
		waitForPath(configurationPath);
		assertThat(rowWith(PORT)).containsEntry("Monthly price", aud);
		assertThat(monthlyTotal()).isEqualTo(aud);
		assertThat(mainText()).contains("Monthly prices in AUD, from the price book, excluding taxes.");
		assertThat(this.browser.findElements(By.id("order-reasons"))).isEmpty();
		assertThat(orderButton().isEnabled()).isTrue();

		press("Order");

		waitForPath("/services");
		assertThat(messages()).contains("Order placed: 1 service is being provisioned.");
		assertThat(rowWith(PORT)).containsEntry("Type", "Port")
			.containsEntry("State", "Deployable")
			.containsEntry("Location", sydney.label())
			.containsEntry("Speed", "10 Gbps")
			.containsEntry("Price", aud + "/month");

		// the provisioner takes it live (other tests' services may share its queue);
		// the user reloads the page
		int rounds = 0;
		while (this.provisioner.runOnce() > 0) {
			assertThat(++rounds).as("rounds until the provisioner has nothing left to move on").isLessThan(500);
		}
		open("/services");
		assertThat(rowWith(PORT)).containsEntry("State", "Live");

		clickLink(PORT);
		assertThat(path()).matches("/services/\\d+");
		assertThat(heading()).isEqualTo(PORT);
		assertThat(mainText()).contains("Live since");
		assertThat(history()).containsExactly(List.of("Deployable", "Ordered by " + name, name),
				List.of("Configured", "Configured by the provisioner", "Provisioner"),
				List.of("Live", "Live", "Provisioner"));

		// the saved configuration is kept as the record of the order
		open(configurationPath);
		assertThat(mainText()).contains("This configuration has been ordered");
		assertThat(this.browser.findElements(By.xpath("//main//button[normalize-space()='Order']"))).isEmpty();
	}

	@Test
	void aTechnicalContactOfACompanyWithCompleteSetupSeesOrderDisabledForTheirRole() {
		CompanySummary company = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		CurrentUser admin = this.fixtures.user(company, Role.COMPANY_ADMIN);
		this.support.save(admin, company.id(), "+61 2 9876 5432", "noc@test.example");
		this.billing.add(admin, company.id(), new BillingDetails("AU", "Pat Payer", "(02) 9876 5432",
				"accounts@test.example", "1 George Street", null, "Sydney", "NSW", "2000", null, null));
		CurrentUser contact = this.fixtures.user(company, Role.TECHNICAL_CONTACT);
		long configurationId = this.configurations.create(contact, CONFIGURATION);
		this.configurations.addPort(contact, configurationId,
				new PortDesign(PORT, sydney().id(), PortSpeed.TEN_GBPS, Term.TWELVE_MONTHS));
		String aud = this.catalog.portPrice(sydney().id(), 10, Term.TWELVE_MONTHS, "AUD").formatted();
		logIn(contact.email(), TestData.PASSWORD);
		waitForPath("/");

		openConfigurationFromServices(aud);

		waitForPath("/configurations/" + configurationId);
		assertThat(rowWith(PORT)).containsEntry("Monthly price", aud);
		assertThat(orderButton().isEnabled()).isFalse();
		assertThat(this.browser.findElement(By.id("order-reasons")).getText())
			.isEqualTo("Only a Company Admin or a Technical Admin can place orders.");
		assertThat(orderReasons()).isEmpty();
		// a Technical Contact still designs: the forms are there
		assertThat(this.browser.findElements(By.xpath("//button[normalize-space()='Add port']"))).hasSize(1);
	}

	// --- helpers

	private LocationSummary sydney() {
		return this.catalog.locations()
			.stream()
			.filter((location) -> location.code().equals("SYD-EQ-SY3"))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * Services &gt; Saved configurations &gt; the configuration, checking the list's
	 * monthly total on the way.
	 */
	private void openConfigurationFromServices(String monthlyTotal) {
		clickLink("Services");
		waitForPath("/services");
		clickLink("Saved configurations");
		waitForPath("/configurations");
		assertThat(rowWith(CONFIGURATION)).containsEntry("Items", "1")
			.containsEntry("Monthly total", monthlyTotal)
			.containsEntry("State", "Draft");
		clickLink(CONFIGURATION);
	}

	/**
	 * Fills in the field with this label inside the form that the heading with this id
	 * names (the configuration page has several fields labelled "Name").
	 */
	private void fillInWithin(String headingId, String label, String text) {
		WebElement labelElement = visible(
				By.xpath("//form[@aria-labelledby='" + headingId + "']//label[normalize-space()='" + label + "']"));
		WebElement field = this.browser.findElement(By.id(labelElement.getDomAttribute("for")));
		field.clear();
		field.sendKeys(text);
	}

	private WebElement orderButton() {
		return visible(By.xpath("//section[@aria-labelledby='order-heading']//button[normalize-space()='Order']"));
	}

	/** The links of the reasons why Order is disabled. */
	private List<WebElement> orderReasons() {
		return this.browser.findElements(By.cssSelector("#order-reasons li a"));
	}

	private String monthlyTotal() {
		return visible(By.xpath("//table//tfoot//tr[th[normalize-space()='Monthly total']]/td[1]")).getText().strip();
	}

	/** The service's history: state, what happened and who, oldest first. */
	private List<List<String>> history() {
		return visible(By.cssSelector("table[aria-labelledby='history']")).findElements(By.cssSelector("tbody tr"))
			.stream()
			.map((row) -> row.findElements(By.tagName("td"))
				.stream()
				.skip(1)
				.map(WebElement::getText)
				.map(String::strip)
				.toList())
			.toList();
	}

	private WebElement visible(By by) {
		return new WebDriverWait(this.browser, WAIT).withMessage(() -> "nothing visible for " + by)
			.until(ExpectedConditions.visibilityOfElementLocated(by));
	}

}
