package com.interconnect.portal.browser;

import java.util.regex.Pattern;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SupportedBy;
import com.interconnect.portal.billing.BillingDetails;
import com.interconnect.portal.billing.domain.BillingMarketService;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.Fixtures;
import com.interconnect.portal.support.SupportDetails;
import com.interconnect.portal.support.TestData;
import com.interconnect.portal.user.domain.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Company &gt; Technical Support Details as users click through it: a new Company Admin
 * corrects their input and saves, the phone follows the billing market's country, and
 * users §2 does not let edit see the details read-only, or not at all.
 */
class SupportDetailsBrowserTests extends BrowserTest {

	private static final String MENU_ITEM = "Technical Support Details";

	@Autowired
	private UserService users;

	@Autowired
	private Accounts accounts;

	@Autowired
	private BillingMarketService billing;

	@Autowired
	private SupportDetails support;

	private Fixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new Fixtures(this.accounts, this.users);
	}

	@Test
	void aNewCompanyAdminCorrectsTheErrorsAndSavesTheDetails() {
		String company = TestData.unique("Browser Support Co");
		String name = TestData.unique("Sam Support");
		String email = TestData.email("signup");
		String domain = email.substring(email.indexOf('@') + 1);
		signUp(company, name, email, TestData.PASSWORD);
		waitForPath("/");

		openMenu("Company");
		assertThat(menuItems("Company")).contains(MENU_ITEM);
		clickLink(MENU_ITEM);

		waitForPath("/company/support-details");
		assertThat(heading()).isEqualTo("Technical Support Details");
		assertThat(mainText()).contains(company);
		assertThat(valueOf("Support Phone")).isEmpty();
		assertThat(valueOf("Support Email")).isEmpty();

		fillIn("Support Phone", "0298765432");
		fillIn("Support Email", "noc@elsewhere.example");
		press("Save");

		assertThat(heading()).isEqualTo("Technical Support Details");
		String phoneError = "Enter the number in international form, with + and the country code, for example +1 201-555-0123.";
		assertThat(errorNextTo("Support Phone")).isEqualTo(phoneError);
		assertThat(errorNextTo("Support Email")).startsWith("Use an address at " + domain);
		assertThat(errorSummary()).containsExactlyInAnyOrder(phoneError, errorNextTo("Support Email"));
		assertThat(valueOf("Support Phone")).isEqualTo("0298765432");
		assertThat(valueOf("Support Email")).isEqualTo("noc@elsewhere.example");
		assertThat(this.browser.findElements(By.id("last-updated"))).isEmpty();

		fillIn("Support Phone", "+1 212 555 0100");
		fillIn("Support Email", "support@" + domain);
		press("Save");

		waitForPath("/company/support-details");
		assertThat(messages()).contains("Technical support details saved.");
		assertThat(errorNextTo("Support Phone")).isNull();
		assertThat(errorNextTo("Support Email")).isNull();
		assertThat(valueOf("Support Phone")).isEqualTo("+1 212-555-0100");
		assertThat(valueOf("Support Email")).isEqualTo("support@" + domain);
		assertThat(this.browser.findElement(By.id("last-updated")).getText())
			.matches("Last updated by " + Pattern.quote(name) + " on \\d{1,2} \\w+ \\d{4}, \\d{2}:\\d{2} UTC");
	}

	@Test
	void withABillingMarketInAustraliaTheNumberMustBeAustralian() {
		CurrentUser admin = this.users.signUp(TestData.unique("Browser Aussie Co"), TestData.unique("Ava Admin"),
				TestData.email("admin"), TestData.PASSWORD);
		this.billing.add(admin, admin.companyId(), new BillingDetails("AU", "Pat Payer", "(02) 9876 5432",
				"accounts@billing.example", "1 George Street", null, "Sydney", "NSW", "2000", null, null));
		logIn(admin.email(), TestData.PASSWORD);
		waitForPath("/");

		openMenu("Company");
		clickLink(MENU_ITEM);
		waitForPath("/company/support-details");
		assertThat(mainText()).contains("Australia");

		fillIn("Support Phone", "+1 212 555 0100");
		fillIn("Support Email", "noc@test.example");
		press("Save");

		assertThat(errorNextTo("Support Phone")).contains("Australia").contains("for example +61");
		assertThat(errorNextTo("Support Email")).isNull();
		assertThat(errorSummary()).hasSize(1);
		assertThat(errorSummary().get(0)).contains("Australia");
		assertThat(valueOf("Support Phone")).isEqualTo("+1 212 555 0100");
		assertThat(valueOf("Support Email")).isEqualTo("noc@test.example");

		fillIn("Support Phone", "02 9876 5432");
		press("Save");

		waitForPath("/company/support-details");
		assertThat(messages()).contains("Technical support details saved.");
		assertThat(valueOf("Support Phone")).isEqualTo("+61 2 9876 5432");
	}

	@Test
	void aReadOnlyUserSeesTheDetailsWithoutAForm() {
		CompanySummary company = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		CurrentUser admin = this.fixtures.user(company, Role.COMPANY_ADMIN);
		this.support.save(admin, company.id(), "+1 212 555 0100", "noc@test.example");
		CurrentUser reader = this.fixtures.user(company, Role.READ_ONLY);
		logIn(reader.email(), TestData.PASSWORD);
		waitForPath("/");

		openMenu("Company");
		assertThat(menuItems("Company")).contains(MENU_ITEM);
		clickLink(MENU_ITEM);

		waitForPath("/company/support-details");
		assertThat(heading()).isEqualTo("Technical Support Details");
		assertThat(mainText()).contains("Support Phone")
			.contains("+1 212-555-0100")
			.contains("Support Email")
			.contains("noc@test.example")
			.contains("Only a Company Admin can change these details.")
			.contains("Last updated by " + admin.fullName() + " on ");
		assertThat(this.browser.findElements(By.cssSelector("main form"))).isEmpty();
		assertThat(this.browser.findElements(By.cssSelector("main input"))).isEmpty();
	}

	@Test
	void distributorAndManagedByOperatorUsersNeitherSeeNorOpenThePage() {
		CompanySummary distributor = this.fixtures.company(AccountType.DISTRIBUTOR, null);
		CompanySummary partner = this.fixtures.company(AccountType.PARTNER, SupportedBy.PARTNER);
		CompanySummary managed = this.fixtures.managedBy(partner, SupportedBy.OPERATOR);
		CurrentUser partnerAdmin = this.fixtures.user(partner, Role.COMPANY_ADMIN);
		this.support.save(partnerAdmin, managed.id(), "+1 212 555 0100", "noc@test.example");

		for (CurrentUser user : new CurrentUser[] { this.fixtures.user(distributor, Role.COMPANY_ADMIN),
				this.fixtures.user(managed, Role.COMPANY_ADMIN) }) {
			this.browser.manage().deleteAllCookies();
			logIn(user.email(), TestData.PASSWORD);
			waitForPath("/");

			openMenu("Company");
			assertThat(menuItems("Company")).as(user.fullName()).contains("Company Settings").doesNotContain(MENU_ITEM);

			open("/company/support-details");
			assertThat(heading()).isEqualTo("You can't open this page");
			assertThat(mainText()).contains("technical support details").doesNotContain("noc@test.example");
		}
	}

	@Test
	void aManagedCompanySupportedByItsPartnerSeesThePartnersDetailsReadOnly() {
		CompanySummary partner = this.fixtures.company(AccountType.PARTNER, SupportedBy.PARTNER);
		CurrentUser partnerAdmin = this.fixtures.user(partner, Role.COMPANY_ADMIN);
		this.support.save(partnerAdmin, partner.id(), "+61 2 9876 5432", "help@noc.test.example");
		CompanySummary managed = this.fixtures.managedBy(partner, SupportedBy.PARTNER);
		CurrentUser managedAdmin = this.fixtures.user(managed, Role.COMPANY_ADMIN);
		logIn(managedAdmin.email(), TestData.PASSWORD);
		waitForPath("/");

		openMenu("Company");
		assertThat(menuItems("Company")).contains(MENU_ITEM);
		clickLink(MENU_ITEM);

		waitForPath("/company/support-details");
		assertThat(heading()).isEqualTo("Technical Support Details");
		assertThat(mainText()).contains(partner.name())
			.contains("These are the technical support details of your partner " + partner.name()
					+ ". Only your partner can change them.")
			.contains("+61 2 9876 5432")
			.contains("help@noc.test.example");
		assertThat(this.browser.findElements(By.cssSelector("main form"))).isEmpty();
	}

}
