package com.interconnect.portal.catalog.web;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.SupportedBy;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.Fixtures;
import com.interconnect.portal.user.domain.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Price Book page through the whole web stack and the seeded price book.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PriceBookWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	UserService users;

	CurrentUser viewer;

	@BeforeEach
	void setUp() {
		Fixtures fixtures = new Fixtures(this.accounts, this.users);
		this.viewer = fixtures.user(fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR), Role.READ_ONLY);
	}

	@Test
	void showsUsdPricesByDefault() throws Exception {
		this.mvc.perform(get("/catalog/prices").with(user(this.viewer)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Price Book</h1>"),
					containsString("Monthly prices in USD"), containsString("Equinix SY3"),
					containsString("Sydney, Australia · SYD-EQ-SY3"), containsString("<td>USD 1,282.00</td>"),
					containsString("<td>501–1,000 Mbps</td>"), containsString("<td>USD 400.00</td>"),
					containsString("<option value=\"USD\" selected=\"selected\">USD · US Dollar</option>"),
					not(containsString("AUD 1,923.00")))));
	}

	@Test
	void showsPricesInTheChosenCurrency() throws Exception {
		this.mvc.perform(get("/catalog/prices").param("currency", "AUD").with(user(this.viewer)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Monthly prices in AUD"), containsString("<td>AUD 1,923.00</td>"),
						containsString("<td>AUD 90.00</td>"), not(containsString("USD 1,282.00")))));
		this.mvc.perform(get("/catalog/prices").param("currency", "JPY").with(user(this.viewer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<td>JPY 85,388</td>")));
	}

	@Test
	void anUnknownCurrencyFallsBackToUsdWithAnExplanation() throws Exception {
		this.mvc.perform(get("/catalog/prices").param("currency", "CHF").with(user(this.viewer)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("The price book has no prices in CHF"),
					containsString("Showing USD."), containsString("<td>USD 1,282.00</td>"))));
	}

	@Test
	void isForSignedInUsersOnly() throws Exception {
		this.mvc.perform(get("/catalog/prices"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

}
