package com.interconnect.portal.demo;

import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.SetupItem;
import com.interconnect.portal.billing.BillingMarkets;
import com.interconnect.portal.billing.PrimaryBillingMarket;
import com.interconnect.portal.support.SupportDetails;
import com.interconnect.portal.support.SupportDetailsSummary;
import java.util.List;

import com.interconnect.portal.ordering.Ordering;
import com.interconnect.portal.ordering.domain.Provisioner;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo dataset of demo-data.md, loaded at start-up and again without duplicating
 * anything.
 */
@SpringBootTest(properties = "portal.demo.enabled=true")
class DemoDataLoaderTests {

	/** The demo loader and the modules' own demo data. */
	@Autowired
	List<ApplicationRunner> demoData;

	@Autowired
	Provisioner provisioner;

	@Autowired
	Ordering ordering;

	@Autowired
	Accounts accounts;

	@Autowired
	BillingMarkets billingMarkets;

	@Autowired
	SupportDetails supportDetails;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void loadingAgainChangesNothing() throws Exception {
		String counts = "select (select count(*) from company) || '/' || (select count(*) from app_user) || '/'"
				+ " || (select count(*) from billing_market) || '/' || (select count(*) from support_details) || '/'"
				+ " || (select count(*) from saved_configuration) || '/' || (select count(*) from service)";
		String before = this.jdbc.queryForObject(counts, String.class);
		for (ApplicationRunner runner : this.demoData) {
			runner.run(new DefaultApplicationArguments());
		}
		assertThat(this.jdbc.queryForObject(counts, String.class)).isEqualTo(before);
	}

	@Test
	void everyDemoUserLogsInWithTheDemoPassword() {
		DemoData.COMPANIES.forEach((company) -> company.users().keySet().forEach((email) -> {
			String hash = this.jdbc.queryForObject("select password_hash from app_user where email = ?", String.class,
					email);
			assertThat(this.passwordEncoder.matches(DemoData.PASSWORD, hash)).as(email).isTrue();
		}));
	}

	@Test
	void companiesAreSetUpAsTheDatasetSays() {
		assertThat(market("Globex")).isEqualTo("US");
		assertThat(market("Initech Partners")).isEqualTo("AU");
		assertThat(market("Umbrella Partner")).isEqualTo("GB");
		assertThat(market("CloudNova")).isEqualTo("AU");
		assertThat(market("Acme Direct")).isNull();

		assertThat(support("Globex").email()).isEqualTo("support@globex.example");
		assertThat(support("Globex").phone()).startsWith("+1 212");
		assertThat(support("Initech Partners").phone()).startsWith("+61");
		assertThat(support("Stark Industries").email()).isEqualTo("noc@stark.example");
		assertThat(support("Stark Industries").phone()).startsWith("+61");
		assertThat(support("Umbrella Partner")).isNull();
		assertThat(support("Hooli")).isNull();
		assertThat(support("Acme Direct")).isNull();

		assertThat(setupComplete("Globex")).isTrue();
		assertThat(setupComplete("Acme Direct")).isFalse();
		assertThat(setupComplete("Hooli")).as("billed through Initech, details not required").isTrue();
		assertThat(this.accounts.setupStatusOf(id("Umbrella Partner")).missing()).extracting(SetupItem::name)
			.containsExactly("Technical support details");
	}

	@Test
	void globexHasLivePortsAndAVxcAndAcmeASavedConfiguration() {
		while (this.provisioner.runOnce() > 0) {
			// every step is due at once in tests
		}
		assertThat(this.ordering.hasProvisionedServices(id("Globex"))).isTrue();
		assertThat(this.jdbc.queryForList(
				"select kind || ' ' || state from service where company_id = ? order by kind, name", String.class,
				id("Globex")))
			.containsExactlyInAnyOrder("PORT LIVE", "PORT LIVE", "VXC LIVE", "VXC AWAITING_APPROVAL");
		assertThat(this.ordering.hasProvisionedServices(id("Acme Direct"))).isFalse();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from configuration_item i"
						+ " join saved_configuration c on c.id = i.configuration_id where c.company_id = ?"
						+ " and c.name = 'Sydney starter' and c.ordered_at is null and i.speed_gbps = 10",
				Integer.class, id("Acme Direct")))
			.isEqualTo(1);
	}

	@Test
	void cloudNovaListsItsPortsAndHasAPendingRequestFromGlobex() {
		while (this.provisioner.runOnce() > 0) {
			// every step is due at once in tests
		}
		assertThat(this.jdbc.queryForList("select kind || ' ' || state from service where company_id = ? order by name",
				String.class, id("CloudNova")))
			.containsExactly("PORT LIVE", "PORT LIVE");
		assertThat(this.jdbc.queryForObject(
				"select display_name || ' ' || visible from marketplace_profile where company_id = ?", String.class,
				id("CloudNova")))
			.isEqualTo("CloudNova true");
		assertThat(
				this.jdbc.queryForList("select s.name from marketplace_listed_port l join service s on s.id = l.port_id"
						+ " where l.company_id = ? order by s.name", String.class, id("CloudNova")))
			.containsExactly("CloudNova Singapore", "CloudNova Sydney");
		assertThat(this.jdbc
			.queryForList("select a.status || ' ' || a.rate_limit_mbps || ' ' || s.name || ' ' || u.email"
					+ " from approval a join service s on s.id = a.b_end_port_id join app_user u on u.id = a.requested_by"
					+ " where a.customer_company_id = ? and a.provider_company_id = ?", String.class, id("Globex"),
					id("CloudNova")))
			.containsExactly("PENDING 500 CloudNova Sydney tech@globex.example");
	}

	private long id(String company) {
		return this.accounts.findByName(company).orElseThrow().id();
	}

	private String market(String company) {
		return this.billingMarkets.primaryMarketOf(id(company)).map(PrimaryBillingMarket::marketCode).orElse(null);
	}

	private SupportDetailsSummary support(String company) {
		return this.supportDetails.find(id(company)).orElse(null);
	}

	private boolean setupComplete(String company) {
		return this.accounts.setupStatusOf(id(company)).complete();
	}

}
