package com.interconnect.portal.demo;

import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.NewCompany;
import com.interconnect.portal.billing.BillingMarkets;
import com.interconnect.portal.demo.DemoData.DemoCompany;
import com.interconnect.portal.demo.DemoData.DemoSetup;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.support.SupportDetails;
import com.interconnect.portal.user.Users;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo dataset at start-up when {@code portal.demo.enabled=true}. It only adds
 * what is missing, so a restart changes nothing.
 */
@Component
@ConditionalOnBooleanProperty("portal.demo.enabled")
@Order(0) // first: the modules' own demo data builds on these companies and users
class DemoDataLoader implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DemoDataLoader.class);

	private final Accounts accounts;

	private final Users users;

	private final BillingMarkets billingMarkets;

	private final SupportDetails supportDetails;

	DemoDataLoader(Accounts accounts, Users users, BillingMarkets billingMarkets, SupportDetails supportDetails) {
		this.accounts = accounts;
		this.users = users;
		this.billingMarkets = billingMarkets;
		this.supportDetails = supportDetails;
	}

	@Override
	public void run(ApplicationArguments args) {
		DemoData.COMPANIES.forEach(this::load);
		CurrentUser sales = this.users.findActiveByEmail(DemoData.SET_UP_BY).orElseThrow();
		DemoData.SETUPS.forEach((setup) -> setUp(sales, setup));
		logger.info("Demo dataset ready: log in with any demo user and the password {}", DemoData.PASSWORD);
	}

	private void load(DemoCompany demo) {
		CompanySummary company = this.accounts.findByName(demo.name())
			.orElseGet(() -> this.accounts.create(
					new NewCompany(demo.name(), demo.type(), demo.supportedBy(), parentId(demo), demo.signupEmail())));
		demo.users().forEach((email, role) -> {
			if (!this.users.existsByEmail(email)) {
				this.users.createActive(company.id(), email, displayName(email, demo.name()), role, DemoData.PASSWORD);
			}
		});
	}

	/**
	 * Through the same services as the back office, so the audit log shows who set the
	 * company up.
	 */
	private void setUp(CurrentUser sales, DemoSetup setup) {
		long companyId = this.accounts.findByName(setup.company()).orElseThrow().id();
		if (setup.billingMarket() != null && this.billingMarkets.primaryMarketOf(companyId).isEmpty()) {
			this.billingMarkets.enable(sales, companyId, setup.billingMarket());
		}
		if (setup.supportPhone() != null && this.supportDetails.find(companyId).isEmpty()) {
			this.supportDetails.save(sales, companyId, setup.supportPhone(), setup.supportEmail());
		}
	}

	private Long parentId(DemoCompany demo) {
		return (demo.parentPartner() != null) ? this.accounts.findByName(demo.parentPartner()).orElseThrow().id()
				: null;
	}

	/** "tech@globex.example" of Globex becomes "Globex Tech". */
	private static String displayName(String email, String company) {
		String local = email.substring(0, email.indexOf('@'));
		return company.split(" ")[0] + " " + Character.toUpperCase(local.charAt(0)) + local.substring(1);
	}

}
