package com.interconnect.portal.ordering.web;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SupportedBy;
import com.interconnect.portal.billing.BillingDetails;
import com.interconnect.portal.billing.domain.BillingMarketService;
import com.interconnect.portal.catalog.Catalog;
import com.interconnect.portal.catalog.PortSpeed;
import com.interconnect.portal.catalog.Term;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Money;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.Fixtures;
import com.interconnect.portal.support.TestData;
import com.interconnect.portal.support.domain.SupportDetailsService;
import com.interconnect.portal.user.domain.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Saved configurations through the whole web stack: designing with prices, the disabled
 * Order button and its reasons, a refused order that keeps everything, and an order that
 * creates services once setup is complete.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConfigurationWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	UserService users;

	@Autowired
	Catalog catalog;

	@Autowired
	BillingMarketService billing;

	@Autowired
	SupportDetailsService support;

	@Autowired
	JdbcTemplate jdbc;

	Fixtures fixtures;

	CompanySummary company;

	CurrentUser admin;

	long locationId;

	@BeforeEach
	void setUp() {
		this.fixtures = new Fixtures(this.accounts, this.users);
		this.company = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		this.admin = this.fixtures.user(this.company, Role.COMPANY_ADMIN);
		this.locationId = this.catalog.locations().get(0).id();
	}

	@Test
	void designRefusedOrderThenOrderAfterSetup() throws Exception {
		long id = create("Sydney build");
		addPort(id, "Port A");
		addPort(id, "Port B");
		long[] ports = this.jdbc
			.queryForList("select id from configuration_item where configuration_id = ? order by id", Long.class, id)
			.stream()
			.mapToLong(Long::longValue)
			.toArray();
		this.mvc
			.perform(post("/configurations/{id}/vxcs", id).with(user(this.admin))
				.with(csrf())
				.param("vxcName", "A to B")
				.param("aEnd", "item:" + ports[0])
				.param("bEnd", "item:" + ports[1])
				.param("rateLimitMbps", "1000")
				.param("aVlan", "100")
				.param("bVlan", "200"))
			.andExpect(redirectedUrl("/configurations/" + id))
			.andExpect(flash().attribute("success", "VXC A to B is added."));

		Money port = this.catalog.portPrice(this.locationId, PortSpeed.TEN_GBPS, Term.TWELVE_MONTHS, "USD");
		Money vxc = this.catalog.vxcPrice(1000, "USD");
		this.mvc.perform(get("/configurations/{id}", id).with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("<h1>Sydney build</h1>"), containsString("<td>" + port.formatted() + "</td>"),
							containsString("<td>" + vxc.formatted() + "</td>"),
							containsString("<strong>" + port.plus(port).plus(vxc).formatted() + "</strong>"),
							containsString("Save configuration"), containsString("Add port"), containsString("Add VXC"),
							containsString("disabled aria-describedby=\"order-reasons\">Order</button>"),
							containsString("href=\"/companies/" + this.company.id()
									+ "/support-details\">Add technical support details</a>"),
							containsString(">Add billing market</a>"))));

		this.mvc.perform(post("/configurations/{id}/order", id).with(user(this.admin)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(
					allOf(containsString("The order was not placed"), containsString("Add technical support details"),
							containsString("Port A"), containsString("A to B"))));
		assertThat(items(id)).isEqualTo(3);
		assertThat(services()).isZero();

		this.billing.add(this.admin, this.company.id(), new BillingDetails("AU", "Pat Payer", "(02) 9876 5432",
				"accounts@billing.example", "1 Example Street", null, "Sydney", null, "2000", null, null));
		String domain = this.company.signupEmail().substring(this.company.signupEmail().indexOf('@') + 1);
		this.support.save(this.admin, this.company.id(), "02 9876 5432", "noc@" + domain);
		Money audPort = this.catalog.portPrice(this.locationId, PortSpeed.TEN_GBPS, Term.TWELVE_MONTHS, "AUD");
		this.mvc.perform(get("/configurations/{id}", id).with(user(this.admin)))
			.andExpect(content().string(allOf(containsString("<td>" + audPort.formatted() + "</td>"),
					containsString("<button type=\"submit\" class=\"button\">Order</button>"),
					not(containsString("order-reasons")))));

		this.mvc.perform(post("/configurations/{id}/order", id).with(user(this.admin)).with(csrf()))
			.andExpect(redirectedUrl("/services"))
			.andExpect(flash().attribute("success", "Order placed: 3 services are being provisioned."));
		assertThat(services()).isEqualTo(3);

		this.mvc.perform(get("/configurations").with(user(this.admin)))
			.andExpect(content().string(allOf(containsString("Sydney build"), containsString("Ordered on"))));
		this.mvc.perform(get("/configurations/{id}", id).with(user(this.admin)))
			.andExpect(content().string(allOf(containsString("has been ordered"),
					not(containsString("Save configuration")), not(containsString("Add port")))));
	}

	@Test
	void aRateLimitAboveTheSmallerPortIsShownBesideTheFieldAndNothingIsStored() throws Exception {
		long id = create("Config");
		addPort(id, "Port A");
		this.mvc
			.perform(post("/configurations/{id}/ports", id).with(user(this.admin))
				.with(csrf())
				.param("portName", "Small")
				.param("locationId", String.valueOf(this.locationId))
				.param("speed", "ONE_GBPS")
				.param("term", "MONTHLY"))
			.andExpect(status().is3xxRedirection());
		long[] ports = this.jdbc
			.queryForList("select id from configuration_item where configuration_id = ? order by id", Long.class, id)
			.stream()
			.mapToLong(Long::longValue)
			.toArray();

		this.mvc
			.perform(post("/configurations/{id}/vxcs", id).with(user(this.admin))
				.with(csrf())
				.param("vxcName", "Too fast")
				.param("aEnd", "item:" + ports[0])
				.param("bEnd", "item:" + ports[1])
				.param("rateLimitMbps", "2000")
				.param("aVlan", "1")
				.param("bVlan", "200"))
			.andExpect(status().isOk())
			// every error at once: the VLAN's range and the rate limit beyond the smaller
			// port
			.andExpect(content().string(allOf(containsString("Please correct the following"),
					containsString(
							"<p class=\"field-error\" id=\"aVlan-error\">Enter an A-end VLAN from 2 to 4093.</p>"),
					containsString("<p class=\"field-error\" id=\"rateLimitMbps-error\">The rate limit can be at "
							+ "most 1,000 Mbps, the speed of the smaller port.</p>"),
					containsString("value=\"Too fast\""))));
		assertThat(items(id)).isEqualTo(2);
	}

	@Test
	void financeViewsWithoutFormsAndIsRefusedChanges() throws Exception {
		long id = create("Config");
		addPort(id, "Port A");
		CurrentUser finance = this.fixtures.user(this.company, Role.FINANCE);

		this.mvc.perform(get("/configurations/{id}", id).with(user(finance)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Port A"), not(containsString("Save configuration")),
					not(containsString("Add port")),
					not(containsString("<form action=\"/configurations/" + id + "/order\"")),
					containsString("Only a Company Admin or a Technical Admin can place orders."))));
		this.mvc
			.perform(post("/configurations/{id}/ports", id).with(user(finance))
				.with(csrf())
				.param("portName", "Sneaky")
				.param("locationId", String.valueOf(this.locationId))
				.param("speed", "ONE_GBPS")
				.param("term", "MONTHLY"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/configurations/{id}/order", id).with(user(finance)).with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Only a Company Admin or a Technical Admin can place orders.")));
		assertThat(items(id)).isOne();
	}

	@Test
	void anotherCompanysConfigurationIsNotFoundAndOperatorStaffAreRefused() throws Exception {
		long id = create("Config");
		CurrentUser stranger = this.fixtures.user(this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR),
				Role.COMPANY_ADMIN);
		this.mvc.perform(get("/configurations/{id}", id).with(user(stranger))).andExpect(status().isNotFound());
		this.mvc.perform(post("/configurations/{id}/order", id).with(user(stranger)).with(csrf()))
			.andExpect(status().isNotFound());
		CurrentUser sales = this.fixtures.user(this.fixtures.operator(), Role.SALES);
		this.mvc.perform(get("/configurations").with(user(sales))).andExpect(status().isForbidden());
	}

	@Test
	void removingAPortSaysWhichVxcsGoWithIt() throws Exception {
		long id = create("Config");
		addPort(id, "Port A");
		addPort(id, "Port B");
		long[] ports = this.jdbc
			.queryForList("select id from configuration_item where configuration_id = ? order by id", Long.class, id)
			.stream()
			.mapToLong(Long::longValue)
			.toArray();
		this.mvc
			.perform(post("/configurations/{id}/vxcs", id).with(user(this.admin))
				.with(csrf())
				.param("vxcName", "A to B")
				.param("aEnd", "item:" + ports[0])
				.param("bEnd", "item:" + ports[1])
				.param("rateLimitMbps", "100")
				.param("aVlan", "100")
				.param("bVlan", "100"))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/configurations/{id}/items/{item}", id, ports[0]).with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Removing this port also removes the VXCs on it:"),
					containsString("<li>A to B</li>"), containsString("Remove port and 1 VXCs"),
					containsString("value=\"Port A\""), containsString("Save port"))));
		this.mvc
			.perform(post("/configurations/{id}/items/{item}/remove", id, ports[0]).with(user(this.admin)).with(csrf()))
			.andExpect(redirectedUrl("/configurations/" + id))
			.andExpect(flash().attribute("success", "Removed Port A, A to B."));
		assertThat(items(id)).isOne();
	}

	private long create(String name) throws Exception {
		String location = this.mvc
			.perform(post("/configurations").with(user(this.admin)).with(csrf()).param("name", name))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private void addPort(long id, String name) throws Exception {
		this.mvc
			.perform(post("/configurations/{id}/ports", id).with(user(this.admin))
				.with(csrf())
				.param("portName", name)
				.param("locationId", String.valueOf(this.locationId))
				.param("speed", "TEN_GBPS")
				.param("term", "TWELVE_MONTHS"))
			.andExpect(redirectedUrl("/configurations/" + id))
			.andExpect(flash().attribute("success", "Port " + name + " is added."));
	}

	private int items(long id) {
		return this.jdbc.queryForObject("select count(*) from configuration_item where configuration_id = ?",
				Integer.class, id);
	}

	private int services() {
		return this.jdbc.queryForObject("select count(*) from service where company_id = ?", Integer.class,
				this.company.id());
	}

}
