package com.interconnect.portal.billing.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SupportedBy;
import com.interconnect.portal.billing.BillingDetails;
import com.interconnect.portal.billing.domain.BillingMarketService;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.Fixtures;
import com.interconnect.portal.support.FormErrors;
import com.interconnect.portal.user.domain.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The billing market form's errors through the whole web stack and the database.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BillingMarketWebTests {

	private static final String EMAIL = "Enter an email address like accounts@example.com (no spaces, a domain with a "
			+ "dot, at most 254 characters).";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	UserService users;

	@Autowired
	BillingMarketService billing;

	@Autowired
	JdbcTemplate jdbc;

	CompanySummary company;

	CurrentUser admin;

	@BeforeEach
	void setUp() {
		Fixtures fixtures = new Fixtures(this.accounts, this.users);
		this.company = fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		this.admin = fixtures.user(this.company, Role.COMPANY_ADMIN);
	}

	@Test
	void anEmailWithoutADotInItsDomainIsRefusedBesideTheFieldAndNothingIsStored() throws Exception {
		FormErrors errors = add(valid("contactEmail", "billing@acme"));

		assertThat(errors.summary()).containsExactly(EMAIL);
		assertThat(errors.besideFields()).containsExactly(entry("contactEmail", List.of(EMAIL)));
		assertThat(storedMarkets()).isZero();
	}

	@Test
	void theSummaryListsEveryErrorOnceInTheOrderOfTheForm() throws Exception {
		FormErrors errors = add(post("/companies/{id}/billing-markets", this.company.id()).param("marketCode", "")
			.param("contactName", "")
			.param("contactPhone", "")
			.param("contactEmail", "billing@acme")
			.param("addressLine1", "")
			.param("city", "")
			.param("postcode", "x".repeat(21)));

		assertThat(errors.summary()).containsExactly("Choose a market.", "Enter the billing contact's name.",
				"Enter the billing contact's phone number.", EMAIL, "Enter the street address.", "Enter the city.",
				"A postcode has at most 20 characters.");
		assertThat(errors.besideFields().values()).allSatisfy((messages) -> assertThat(messages).hasSize(1));
		assertThat(storedMarkets()).isZero();
	}

	@Test
	void theServicesErrorsAreListedInTheOrderOfTheFormToo() throws Exception {
		this.billing.add(this.admin, this.company.id(), new BillingDetails("AU", "Pat Payer", "02 9876 5432",
				"accounts@billing.example", "1 Example Street", null, "Sydney", null, "2000", null, null));

		FormErrors errors = add(valid("contactPhone", "+1 212 555 0100"));

		assertThat(errors.summary()).hasSize(2);
		assertThat(errors.summary().get(0)).contains("is already enabled for this company");
		assertThat(errors.summary().get(1)).startsWith("Enter a valid phone number for Australia");
		assertThat(errors.besideFields()).containsOnlyKeys("marketCode", "contactPhone");
		assertThat(storedMarkets()).isOne();
	}

	@Test
	void aPhoneOfAnotherCountryAndABadEmailAreBothShownAfterOneSave() throws Exception {
		FormErrors errors = add(valid("contactPhone", "+1 212 555 0100", "contactEmail", "billing@acme"));

		assertThat(errors.besideFields()).containsOnlyKeys("contactPhone", "contactEmail");
		assertThat(errors.besideFields().get("contactPhone")).singleElement()
			.asString()
			.startsWith("Enter a valid phone number for Australia");
		assertThat(errors.besideFields().get("contactEmail")).containsExactly(EMAIL);
		assertThat(storedMarkets()).isZero();
	}

	/** The form for Australia, filled in correctly but for these fields and values. */
	private MockHttpServletRequestBuilder valid(String... fieldsAndValues) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("marketCode", "AU");
		form.put("contactName", "Pat Payer");
		form.put("contactPhone", "02 9876 5432");
		form.put("contactEmail", "accounts@billing.example");
		form.put("addressLine1", "1 Example Street");
		form.put("city", "Sydney");
		form.put("postcode", "2000");
		for (int i = 0; i < fieldsAndValues.length; i += 2) {
			form.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/companies/{id}/billing-markets", this.company.id());
		form.forEach(request::param);
		return request;
	}

	private FormErrors add(MockHttpServletRequestBuilder request) throws Exception {
		String html = this.mvc.perform(request.with(user(this.admin)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return FormErrors.of(html);
	}

	private int storedMarkets() {
		return this.jdbc.queryForObject("select count(*) from billing_market where company_id = ?", Integer.class,
				this.company.id());
	}

}
