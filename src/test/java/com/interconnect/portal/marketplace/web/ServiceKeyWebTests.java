package com.interconnect.portal.marketplace.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SupportedBy;
import com.interconnect.portal.marketplace.MarketplaceWorld;
import com.interconnect.portal.marketplace.domain.MarketplaceService;
import com.interconnect.portal.marketplace.domain.ServiceKeyData;
import com.interconnect.portal.marketplace.domain.ServiceKeyService;
import com.interconnect.portal.ordering.ConnectionDesigns;
import com.interconnect.portal.ordering.ConnectionDesigns.ConnectionDesign;
import com.interconnect.portal.ordering.domain.ServicesFixtures;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.Fixtures;
import com.interconnect.portal.support.TestClock;
import com.interconnect.portal.support.TestData;
import com.interconnect.portal.support.TestSmtp;
import com.interconnect.portal.user.domain.UserService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Service keys through the whole web stack and the database: the provider's Company >
 * Service Keys (list, new key, a key's page, deactivating) and the customer's "Connect
 * with a service key" form, with each refusal beside its field.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ServiceKeyWebTests {

	private static final String MANAGE_REASON = "Only a Company Admin or Technical Admin can manage service keys.";

	private static final String DESIGN_REASON = "Only a Company Admin, a Technical Admin or a Technical Contact can change "
			+ "saved configurations.";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ServiceKeyService keys;

	@Autowired
	MarketplaceService marketplace;

	@Autowired
	ConnectionDesigns designs;

	@Autowired
	JdbcTemplate jdbc;

	MarketplaceWorld world;

	Fixtures fixtures;

	@BeforeAll
	static void smtp() {
		TestSmtp.start();
	}

	@BeforeEach
	void setUp() {
		// the portal and this test agree on "today", also across midnight UTC
		TestClock.stop();
		this.world = new MarketplaceWorld(this.context);
		this.fixtures = new Fixtures(this.context.getBean(Accounts.class), this.context.getBean(UserService.class));
	}

	@AfterEach
	void realTime() {
		TestClock.reset();
	}

	// Company > Service Keys

	@Test
	void theCompanyMenuOffersServiceKeysToCompanyAdminsAndTechnicalAdminsOnly() throws Exception {
		String link = "<a href=\"/company/service-keys\">Service Keys</a>";
		for (CurrentUser manager : new CurrentUser[] { this.world.providerAdmin, this.world.providerTech }) {
			this.mvc.perform(get("/").with(user(manager))).andExpect(content().string(containsString(link)));
		}
		for (CurrentUser other : new CurrentUser[] { this.world.providerContact, this.world.providerReadOnly,
				this.fixtures.user(this.world.provider, Role.FINANCE),
				this.fixtures.user(this.fixtures.operator(), Role.OPERATOR_ADMIN) }) {
			this.mvc.perform(get("/").with(user(other))).andExpect(content().string(not(containsString(link))));
		}
	}

	@Test
	void rolesThatMayNotManageKeysGet403OnEveryPageAndActionAndChangeNothing() throws Exception {
		long key = key(true, 500, null, false, today(), today().plusDays(30));
		CurrentUser[] refused = { this.world.providerContact, this.world.providerReadOnly,
				this.fixtures.user(this.world.provider, Role.FINANCE),
				this.fixtures.user(this.fixtures.operator(), Role.SALES),
				this.fixtures.user(this.fixtures.operator(), Role.OPERATOR_ADMIN) };
		for (CurrentUser refusedUser : refused) {
			String role = refusedUser.getUsername();
			this.mvc.perform(get("/company/service-keys").with(user(refusedUser)))
				.andExpect(status().isForbidden())
				.andExpect(content().string(containsString("You can't open this page")))
				.andExpect(content().string(containsString(MANAGE_REASON)));
			this.mvc.perform(validNewKey(this.world.providerPort).with(user(refusedUser)))
				.andExpect(status().isForbidden())
				.andExpect(content().string(containsString(MANAGE_REASON)));
			this.mvc.perform(get("/company/service-keys/{id}", key).with(user(refusedUser)))
				.andExpect(status().isForbidden())
				.andExpect(content().string(containsString(MANAGE_REASON)));
			this.mvc.perform(post("/company/service-keys/{id}/deactivate", key).with(user(refusedUser)).with(csrf()))
				.andExpect(status().isForbidden())
				.andExpect(content().string(containsString(MANAGE_REASON)));
			assertThat(keysOf(this.world.provider)).as(role).isEqualTo(1);
			assertThat(isActive(key)).as(role).isTrue();
		}
	}

	@Test
	void theListShowsTheCompanysOwnKeysWithTheirRulesAndOffersItsLivePorts() throws Exception {
		this.mvc.perform(get("/company/service-keys").with(user(this.world.providerTech)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Service Keys</h1>")))
			.andExpect(content().string(containsString("Your company has no service keys yet.")));
		long single = key(false, 500, 150, true, today(), today().plusDays(30));
		long multi = key(true, 2000, null, false, today(), today().plusDays(60));
		long strangers = this.keys.create(this.world.customerAdmin, new ServiceKeyData(this.world.customerPort,
				"Not the provider's", true, 100, null, false, today(), today().plusDays(1)));
		this.keys.deactivate(this.world.providerAdmin, multi);

		String html = okHtml(get("/company/service-keys").with(user(this.world.providerTech)));
		assertThat(html).doesNotContain("Your company has no service keys yet.")
			.contains(">" + valueOf(single) + "</a>", ">" + valueOf(multi) + "</a>")
			.contains("<td>Single-use, VLAN 150</td>", "<td>500 Mbps, pre-approved</td>")
			.contains("<td>Multi-use</td>", "<td>2,000 Mbps</td>")
			.contains("<td>" + day(today()) + " to " + day(today().plusDays(30)) + "</td>")
			.contains("<td>Active</td>", "<td>Inactive</td>", "<td>Never</td>")
			.doesNotContain(valueOf(strangers), "Not the provider&#39;s");
		assertThat(html).containsPattern("<option value=\"" + this.world.providerPort + "\">Nova Sydney · ")
			.doesNotContain("<option value=\"" + this.world.customerPort + "\"");
	}

	@Test
	void aNewKeyIsStoredWithARandomUuidAndItsPageShowsTheUuidForCopying() throws Exception {
		String description = TestData.unique("For Globex");
		String location = this.mvc
			.perform(newKey().param("portId", String.valueOf(this.world.providerPort))
				.param("description", "  " + description + " ")
				.param("maxSpeedMbps", "750")
				.param("fixedVlan", "321")
				.param("preApproved", "true")
				.param("validFrom", today().toString())
				.param("validTo", today().plusDays(10).toString())
				.with(user(this.world.providerTech))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("success", "Service key created."))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Map<String, Object> row = this.jdbc.queryForMap("select * from service_key where company_id = ?",
				this.world.provider.id());
		long id = ((Number) row.get("id")).longValue();
		String value = row.get("key_value").toString();
		assertThat(location).isEqualTo("/company/service-keys/" + id);
		assertThat(UUID.fromString(value).version()).isEqualTo(4);
		assertThat(row).containsEntry("port_id", this.world.providerPort)
			.containsEntry("description", description)
			.containsEntry("multi_use", false)
			.containsEntry("max_speed_mbps", 750)
			.containsEntry("fixed_vlan", 321)
			.containsEntry("pre_approved", true)
			.containsEntry("active", true)
			.containsEntry("uses", 0);
		assertThat(row.get("valid_to").toString()).isEqualTo(today().plusDays(10).toString());

		String html = okHtml(get("/company/service-keys/{id}", id).with(user(this.world.providerAdmin)));
		assertThat(tag(html, "input", "serviceKey")).contains("readonly", "value=\"" + value + "\"");
		assertThat(html).contains("<label for=\"serviceKey\">Service key</label>")
			.contains("<h1>" + description + "</h1>")
			.contains("<dt>Use</dt><dd>Single-use</dd>", "<dt>Maximum speed</dt><dd>750 Mbps</dd>",
					"<dt>Fixed VLAN</dt><dd>321</dd>", "<dt>Pre-approved</dt><dd>Yes</dd>",
					"<dt>State</dt><dd>Active</dd>", "<dt>Uses</dt><dd>0</dd>", "<dt>Last used</dt><dd>Never</dd>")
			.contains("No VXC has used this key yet.")
			.contains(">Deactivate</button>")
			// hidden until the script finds a clipboard it may write to; "Copied" is
			// announced in the status
			.contains("<button type=\"button\" class=\"button button-secondary\" data-copy=\"serviceKey\" hidden>"
					+ "Copy</button>")
			.contains("<span class=\"copy-status\" role=\"status\" aria-live=\"polite\"></span>");
	}

	@Test
	void eachInvalidFieldOfANewKeyIsShownBesideItWithTheInputKeptAndNothingStored() throws Exception {
		String html = okHtml(newKey().param("portId", "")
			.param("description", "   ")
			.param("maxSpeedMbps", "0")
			.param("fixedVlan", "4094")
			.param("validFrom", "")
			.param("validTo", "")
			.with(user(this.world.providerAdmin))
			.with(csrf()));
		assertThat(html).contains("Please correct the following");
		assertFieldError(html, "select", "portId", "Choose one of your LIVE ports.");
		assertFieldError(html, "input", "description", "Enter a description.");
		assertFieldError(html, "input", "maxSpeedMbps", "Enter a maximum speed of at least 1 Mbps.");
		assertThat(tag(html, "input", "maxSpeedMbps")).contains("value=\"0\"");
		assertFieldError(html, "input", "fixedVlan", "Enter a VLAN from 2 to 4093.");
		assertThat(tag(html, "input", "fixedVlan")).contains("value=\"4094\"");
		assertFieldError(html, "input", "validFrom", "Enter the first day the key is valid.");
		assertFieldError(html, "input", "validTo", "Enter the last day the key is valid.");

		String description = "x".repeat(201);
		html = okHtml(newKey().param("portId", String.valueOf(this.world.customerPort))
			.param("description", description)
			.param("multiUse", "true")
			.param("maxSpeedMbps", "100")
			.param("fixedVlan", "100")
			.param("validFrom", today().plusDays(5).toString())
			.param("validTo", today().plusDays(4).toString())
			.with(user(this.world.providerAdmin))
			.with(csrf()));
		assertFieldError(html, "select", "portId", "Choose one of your LIVE ports.");
		assertFieldError(html, "input", "description", "A description has at most 200 characters.");
		assertThat(tag(html, "input", "description")).contains("value=\"" + description + "\"");
		assertFieldError(html, "input", "fixedVlan", "Only a single-use key can fix the VLAN.");
		assertThat(tag(html, "input", "multiUse")).contains("checked");
		assertFieldError(html, "input", "validTo", "The last day cannot be before the first day.");
		assertThat(tag(html, "input", "validFrom")).contains("value=\"" + today().plusDays(5) + "\"");
		assertThat(tag(html, "input", "validTo")).contains("value=\"" + today().plusDays(4) + "\"");
		assertNoFieldError(html, "maxSpeedMbps");
		assertNoFieldError(html, "validFrom");

		long notLive = new ServicesFixtures(this.context).port(this.world.provider.id(), "Nova Melbourne");
		new ServicesFixtures(this.context).hold(notLive);
		html = okHtml(newKey().param("portId", String.valueOf(this.world.providerPort))
			.param("description", "Too fast")
			.param("maxSpeedMbps", "10001")
			.param("validFrom", today().toString())
			.param("validTo", today().toString())
			.with(user(this.world.providerAdmin))
			.with(csrf()));
		assertFieldError(html, "input", "maxSpeedMbps",
				"The maximum speed can be at most 10,000 Mbps, the port's speed.");
		assertThat(tag(html, "input", "maxSpeedMbps")).contains("value=\"10001\"");
		assertThat(html)
			.containsPattern("<option value=\"" + this.world.providerPort + "\" selected=\"selected\">Nova Sydney · ");
		assertNoFieldError(html, "portId");
		assertNoFieldError(html, "description");
		this.mvc.perform(validNewKey(notLive).with(user(this.world.providerAdmin)))
			.andExpect(status().isOk())
			.andExpect(content().string(
					containsString("<p class=\"field-error\" id=\"portId-error\">Choose one of your LIVE ports.</p>")));

		assertThat(keysOf(this.world.provider)).isZero();
	}

	@Test
	void textInANumberFieldIsRefusedInWordsWithTheInputKept() throws Exception {
		String html = okHtml(newKey().param("portId", String.valueOf(this.world.providerPort))
			.param("description", "Fractional")
			.param("maxSpeedMbps", "1.5")
			.param("validFrom", today().toString())
			.param("validTo", "next week")
			.with(user(this.world.providerAdmin))
			.with(csrf()));
		assertFieldError(html, "input", "maxSpeedMbps", "Enter a whole number.");
		assertThat(tag(html, "input", "maxSpeedMbps")).contains("value=\"1.5\"");
		assertFieldError(html, "input", "validTo", "Enter a date as YYYY-MM-DD.");
		assertThat(tag(html, "input", "validTo")).contains("value=\"next week\"");
		assertThat(html).doesNotContain("Failed to convert");
		assertThat(keysOf(this.world.provider)).isZero();
	}

	@Test
	void aKeysPageListsTheVxcsThatUsedItAndWhenItWasLastUsed() throws Exception {
		long key = key(true, 1000, null, true, today(), today().plusDays(30));
		long vxc = order(this.world.customerTech, this.world.customerPort, valueOf(key), 100, 611);

		String html = okHtml(get("/company/service-keys/{id}", key).with(user(this.world.providerTech)));
		assertThat(html).contains("<dt>Uses</dt><dd>1</dd>")
			.doesNotContain("<dt>Last used</dt><dd>Never</dd>", "No VXC has used this key yet.")
			.containsPattern("<dt>Last used</dt><dd>\\d{1,2} \\w{3} \\d{4} \\d{2}:\\d{2} UTC</dd>")
			.containsPattern("(?s)<td>#" + vxc + "</td>\\s*<td>" + Pattern.quote(this.world.customer.name())
					+ "</td>\\s*<td>\\d{1,2} \\w{3} \\d{4} \\d{2}:\\d{2} UTC</td>");
		this.mvc.perform(get("/company/service-keys").with(user(this.world.providerTech)))
			.andExpect(content().string(not(containsString("<td>Never</td>"))));
	}

	@Test
	void theStateSaysWhenAKeyCanNoLongerBeUsed() throws Exception {
		long used = key(false, 1000, null, true, today(), today().plusDays(30));
		order(this.world.customerTech, this.world.customerPort, valueOf(used), 100, 612);
		long expired = key(true, 1000, null, false, today().minusDays(30), today().minusDays(1));
		long future = key(true, 1000, null, false, today().plusDays(1), today().plusDays(30));

		assertThat(okHtml(get("/company/service-keys/{id}", used).with(user(this.world.providerTech))))
			.contains("<dt>State</dt><dd>Used</dd>");
		assertThat(okHtml(get("/company/service-keys/{id}", expired).with(user(this.world.providerTech))))
			.contains("<dt>State</dt><dd>Expired</dd>");
		assertThat(okHtml(get("/company/service-keys/{id}", future).with(user(this.world.providerTech))))
			.contains("<dt>State</dt><dd>Not valid yet</dd>");
	}

	@Test
	void anotherCompanysKeyIsNotFoundToOpenOrDeactivate() throws Exception {
		long key = key(true, 1000, null, false, today(), today().plusDays(30));

		this.mvc.perform(get("/company/service-keys/{id}", key).with(user(this.world.customerAdmin)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page not found")))
			.andExpect(content().string(not(containsString(valueOf(key)))));
		this.mvc
			.perform(post("/company/service-keys/{id}/deactivate", key).with(user(this.world.customerAdmin))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/company/service-keys/{id}", Long.MAX_VALUE).with(user(this.world.providerAdmin)))
			.andExpect(status().isNotFound());
		assertThat(isActive(key)).isTrue();
	}

	@Test
	void deactivatingAKeyMakesItInactiveForGoodAndSaysSo() throws Exception {
		long key = key(false, 1000, null, false, today(), today().plusDays(30));

		this.mvc
			.perform(
					post("/company/service-keys/{id}/deactivate", key).with(user(this.world.providerTech)).with(csrf()))
			.andExpect(redirectedUrl("/company/service-keys/" + key))
			.andExpect(flash().attribute("success", "Service key deactivated: it can no longer be used."));
		assertThat(isActive(key)).isFalse();
		this.mvc.perform(get("/company/service-keys/{id}", key).with(user(this.world.providerAdmin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<dt>State</dt><dd>Inactive</dd>")))
			.andExpect(content().string(not(containsString(">Deactivate</button>"))));

		this.mvc
			.perform(post("/company/service-keys/{id}/deactivate", key).with(user(this.world.providerAdmin))
				.with(csrf()))
			.andExpect(redirectedUrl("/company/service-keys/" + key))
			.andExpect(flash().attribute("failure", "This service key is already inactive."));
		assertThat(isActive(key)).isFalse();
	}

	@Test
	void aKeyCannotBeDeleted() throws Exception {
		long key = key(true, 1000, null, false, today(), today().plusDays(30));

		this.mvc.perform(get("/company/service-keys/{id}", key).with(user(this.world.providerAdmin)))
			.andExpect(content().string(not(containsString("Delete"))));
		this.mvc.perform(delete("/company/service-keys/{id}", key).with(user(this.world.providerAdmin)).with(csrf()))
			.andExpect(status().isMethodNotAllowed());
		this.mvc
			.perform(post("/company/service-keys/{id}/delete", key).with(user(this.world.providerAdmin)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(keysOf(this.world.provider)).isEqualTo(1);
		assertThat(isActive(key)).isTrue();
	}

	// Marketplace > Connect with a service key

	@Test
	void theConnectFormOffersTheCompanysPorts() throws Exception {
		this.mvc.perform(get("/marketplace").with(user(this.world.customerTech)))
			.andExpect(content()
				.string(containsString("<a href=\"/marketplace/service-key\">Connect with a service key</a>")));
		String html = okHtml(get("/marketplace/service-key").with(user(this.world.customerTech)));
		assertThat(html).contains("<h1>Connect with a service key</h1>")
			.contains("<label for=\"serviceKey\">Service key</label>", "<label for=\"aEnd\">Your port (A-end)</label>")
			.contains("<option value=\"service:" + this.world.customerPort + "\">Customer Sydney · ")
			.doesNotContain("service:" + this.world.providerPort + "\"")
			.doesNotContain("field-error");
	}

	@Test
	void theNewConfigurationsNameIsOneTheCompanyHasNotUsedYet() throws Exception {
		assertThat(newConfigurationName("/marketplace/service-key")).isEqualTo("Service key connection");
		assertThat(newConfigurationName("/marketplace/ports/" + this.world.providerPort + "/connect"))
			.isEqualTo("Connection to " + this.world.providerName);
		String key = valueOf(key(true, 1000, null, false, today(), today().plusDays(30)));
		for (String name : new String[] { "Service key connection", "SERVICE KEY CONNECTION 2",
				"Connection to " + this.world.providerName }) {
			this.mvc.perform(connect(key, 100, name).with(user(this.world.customerTech)))
				.andExpect(status().is3xxRedirection());
		}

		assertThat(newConfigurationName("/marketplace/service-key")).isEqualTo("Service key connection 3");
		assertThat(newConfigurationName("/marketplace/ports/" + this.world.providerPort + "/connect"))
			.isEqualTo("Connection to " + this.world.providerName + " 2");
	}

	private String newConfigurationName(String path) throws Exception {
		Matcher value = Pattern.compile("value=\"([^\"]*)\"")
			.matcher(tag(okHtml(get(path).with(user(this.world.customerTech))), "input", "configurationName"));
		assertThat(value.find()).isTrue();
		return HtmlUtils.htmlUnescape(value.group(1));
	}

	@Test
	void rolesThatMayNotDesignGet403AndNothingIsStored() throws Exception {
		String key = valueOf(key(true, 1000, null, false, today(), today().plusDays(30)));
		for (Role role : new Role[] { Role.FINANCE, Role.READ_ONLY }) {
			CurrentUser designer = this.fixtures.user(this.world.customer, role);
			this.mvc.perform(get("/marketplace/service-key").with(user(designer)))
				.andExpect(status().isForbidden())
				.andExpect(content().string(containsString(DESIGN_REASON)));
			this.mvc.perform(connect(key, 100, TestData.unique("Keyed")).with(user(designer)))
				.andExpect(status().isForbidden())
				.andExpect(content().string(containsString(DESIGN_REASON)));
		}
		CurrentUser sales = this.fixtures.user(this.fixtures.operator(), Role.SALES);
		this.mvc.perform(get("/marketplace/service-key").with(user(sales))).andExpect(status().isForbidden());
		this.mvc.perform(connect(key, 100, TestData.unique("Keyed")).with(user(sales)))
			.andExpect(status().isForbidden());
		assertThat(configurationsOf(this.world.customer)).isZero();
	}

	@Test
	void eachRefusedKeyIsShownBesideItsFieldWithTheInputKeptAndNothingStored() throws Exception {
		long inactive = key(false, 1000, null, false, today(), today().plusDays(5));
		this.keys.deactivate(this.world.providerAdmin, inactive);
		long expired = key(false, 1000, null, false, today().minusDays(10), today().minusDays(1));
		long notYet = key(false, 1000, null, false, today().plusDays(2), today().plusDays(5));
		long usedUp = key(false, 1000, null, false, today(), today().plusDays(5));
		usedByAnotherCompany(valueOf(usedUp));
		long slow = key(true, 500, null, false, today(), today().plusDays(5));

		assertRefused(UUID.randomUUID().toString(), 100, "serviceKey",
				"No service key matches what you entered: check it with the port's owner.");
		assertRefused("not-a-key", 100, "serviceKey",
				"No service key matches what you entered: check it with the port's owner.");
		assertRefused("", 100, "serviceKey", "Enter the service key.");
		assertRefused(valueOf(inactive), 100, "serviceKey",
				"This service key is inactive: its owner has deactivated it.");
		assertRefused(valueOf(expired), 100, "serviceKey",
				"This service key has expired: it was valid until " + today().minusDays(1) + ".");
		assertRefused(valueOf(notYet), 100, "serviceKey",
				"This service key is not valid yet: it is valid from " + today().plusDays(2) + ".");
		assertRefused(valueOf(usedUp), 100, "serviceKey", "This service key has already been used.");
		assertRefused(valueOf(slow), 501, "rateLimitMbps", "This service key allows a rate limit of at most 500 Mbps.");

		assertThat(configurationsOf(this.world.customer)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from service where company_id = ? and kind = 'VXC'",
				Long.class, this.world.customer.id()))
			.isZero();
	}

	@Test
	void aValidKeyAddsTheVxcToASavedConfigurationAndLeadsToIt() throws Exception {
		long key = key(false, 1000, 150, false, today(), today().plusDays(5));
		String value = valueOf(key);
		String configurationName = TestData.unique("Keyed build");

		this.mvc
			.perform(post("/marketplace/service-key").param("serviceKey", " " + value + " ")
				.param("vxcName", "Keyed link")
				.param("aEnd", "service:" + this.world.customerPort)
				.param("rateLimitMbps", "1000")
				.param("aVlan", "612")
				.param("bVlan", "")
				.param("configurationId", "")
				.param("configurationName", configurationName)
				.with(user(this.world.customerTech))
				.with(csrf()))
			.andExpect(redirectedUrl("/configurations/" + configurationNamed(configurationName)))
			.andExpect(flash().attribute("success",
					"VXC Keyed link is added with the service key. Order the configuration to make the connection."));
		long configuration = configurationNamed(configurationName);
		Map<String, Object> item = this.jdbc.queryForMap(
				"select kind, name, a_end_service_id, b_end_service_id, rate_limit_mbps, a_vlan, b_vlan,"
						+ " service_key::text as service_key from configuration_item where configuration_id = ?",
				configuration);
		assertThat(item).containsEntry("kind", "VXC")
			.containsEntry("name", "Keyed link")
			.containsEntry("a_end_service_id", this.world.customerPort)
			.containsEntry("b_end_service_id", this.world.providerPort)
			.containsEntry("rate_limit_mbps", 1000)
			.containsEntry("a_vlan", 612)
			.containsEntry("b_vlan", 150)
			.containsEntry("service_key", value);
		// the key is used when the configuration is ordered, not now
		assertThat(this.jdbc.queryForObject("select uses from service_key where id = ?", Integer.class, key)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from service where company_id = ? and kind = 'VXC'",
				Long.class, this.world.customer.id()))
			.isZero();
		this.mvc.perform(get("/configurations/{id}", configuration).with(user(this.world.customerTech)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<td>Keyed link</td>")));

		long multi = key(true, 1000, null, false, today(), today().plusDays(5));
		this.mvc
			.perform(post("/marketplace/service-key").param("serviceKey", valueOf(multi))
				.param("vxcName", "Second keyed link")
				.param("aEnd", "service:" + this.world.customerPort)
				.param("rateLimitMbps", "200")
				.param("aVlan", "613")
				.param("bVlan", "614")
				.param("configurationId", String.valueOf(configuration))
				.param("configurationName", "")
				.with(user(this.world.customerTech))
				.with(csrf()))
			.andExpect(redirectedUrl("/configurations/" + configuration));
		assertThat(configurationsOf(this.world.customer)).isEqualTo(1);
		assertThat(this.jdbc.queryForList(
				"select name || ' / ' || b_vlan from configuration_item where configuration_id = ? order by id",
				String.class, configuration))
			.containsExactly("Keyed link / 150", "Second keyed link / 614");
	}

	private void assertRefused(String key, int rateLimit, String field, String message) throws Exception {
		String name = TestData.unique("Refused");
		String html = okHtml(connect(key, rateLimit, name).with(user(this.world.customerTech)));
		assertFieldError(html, "input", field, message);
		for (String other : new String[] { "serviceKey", "vxcName", "aEnd", "rateLimitMbps", "aVlan", "bVlan",
				"configurationId", "configurationName" }) {
			if (!other.equals(field)) {
				assertNoFieldError(html, other);
			}
		}
		assertThat(tag(html, "input", "serviceKey")).contains("value=\"" + key + "\"");
		assertThat(tag(html, "input", "vxcName")).contains("value=\"To the key&#39;s port\"");
		assertThat(tag(html, "input", "rateLimitMbps")).contains("value=\"" + rateLimit + "\"");
		assertThat(tag(html, "input", "aVlan")).contains("value=\"620\"");
		assertThat(tag(html, "input", "bVlan")).contains("value=\"621\"");
		assertThat(tag(html, "input", "configurationName")).contains("value=\"" + name + "\"");
		assertThat(html).contains("<option value=\"service:" + this.world.customerPort + "\" selected=\"selected\">");
		assertThat(
				this.jdbc.queryForObject("select count(*) from saved_configuration where name = ?", Long.class, name))
			.as("configuration for %s", message)
			.isZero();
	}

	private MockHttpServletRequestBuilder connect(String key, int rateLimit, String configurationName) {
		return post("/marketplace/service-key").param("serviceKey", key)
			.param("vxcName", "To the key's port")
			.param("aEnd", "service:" + this.world.customerPort)
			.param("rateLimitMbps", String.valueOf(rateLimit))
			.param("aVlan", "620")
			.param("bVlan", "621")
			.param("configurationId", "")
			.param("configurationName", configurationName)
			.with(csrf());
	}

	/** The new key form as a browser sends it: with the markers of its checkboxes. */
	/** The page the request answers with 200 OK. */
	private String okHtml(RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static MockHttpServletRequestBuilder newKey() {
		return post("/company/service-keys").param("_multiUse", "on").param("_preApproved", "on");
	}

	private MockHttpServletRequestBuilder validNewKey(long portId) {
		return newKey().param("portId", String.valueOf(portId))
			.param("description", TestData.unique("Key"))
			.param("maxSpeedMbps", "100")
			.param("validFrom", today().toString())
			.param("validTo", today().plusDays(1).toString())
			.with(csrf());
	}

	/**
	 * The field's error beside it, its input marked invalid, and the summary at the top.
	 */
	private static void assertFieldError(String html, String element, String field, String message) {
		String escaped = HtmlUtils.htmlEscape(message);
		assertThat(html).as("error beside %s", field)
			.contains("<p class=\"field-error\" id=\"" + field + "-error\">" + escaped + "</p>");
		assertThat(html).as("summary of %s", field).contains("<a href=\"#" + field + "\">" + escaped + "</a>");
		assertThat(tag(html, element, field)).contains("aria-invalid=\"true\"");
	}

	private static void assertNoFieldError(String html, String field) {
		assertThat(html).as("no error beside %s", field).doesNotContain("id=\"" + field + "-error\">");
	}

	/** The opening tag of the element with the id. */
	private static String tag(String html, String element, String id) {
		Matcher matcher = Pattern.compile("<" + element + "\\b[^>]*\\bid=\"" + id + "\"[^>]*>").matcher(html);
		assertThat(matcher.find()).as("<%s id=\"%s\">", element, id).isTrue();
		return matcher.group();
	}

	private long key(boolean multiUse, int max, Integer vlan, boolean preApproved, LocalDate from, LocalDate to) {
		return this.keys.create(this.world.providerAdmin, new ServiceKeyData(this.world.providerPort,
				TestData.unique("Key"), multiUse, max, vlan, preApproved, from, to));
	}

	private String valueOf(long keyId) {
		return this.jdbc.queryForObject("select key_value::text from service_key where id = ?", String.class, keyId);
	}

	private boolean isActive(long keyId) {
		return this.jdbc.queryForObject("select active from service_key where id = ?", Boolean.class, keyId);
	}

	private long keysOf(CompanySummary company) {
		return this.jdbc.queryForObject("select count(*) from service_key where company_id = ?", Long.class,
				company.id());
	}

	private long configurationsOf(CompanySummary company) {
		return this.jdbc.queryForObject("select count(*) from saved_configuration where company_id = ?", Long.class,
				company.id());
	}

	private long configurationNamed(String name) {
		return this.jdbc.queryForObject("select id from saved_configuration where name = ?", Long.class, name);
	}

	/** Orders a VXC with the key, as the customer's Order button does. */
	private long order(CurrentUser actor, long port, String key, int rateLimit, int vlan) {
		long configuration = this.marketplace.connectWithServiceKey(actor, new ConnectionDesign("Keyed",
				"service:" + port, 0, rateLimit, vlan, vlan, null, TestData.unique("Keyed"), key));
		this.designs.placeOrder(actor, configuration);
		return this.world.vxcOf(configuration);
	}

	/** Another customer, with a LIVE port of its own, orders a VXC with the key. */
	private void usedByAnotherCompany(String key) {
		CompanySummary other = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		CurrentUser otherTech = this.fixtures.user(other, Role.TECHNICAL_ADMIN);
		ServicesFixtures services = new ServicesFixtures(this.context);
		long otherPort = services.port(other.id(), "Other Sydney");
		services.provisionUntilLive(otherPort);
		order(otherTech, otherPort, key, 100, 630);
	}

	private static LocalDate today() {
		return TestClock.today();
	}

	/** A day as the pages show it, e.g. "24 Nov 2026". */
	private static String day(LocalDate date) {
		return date.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));
	}

}
