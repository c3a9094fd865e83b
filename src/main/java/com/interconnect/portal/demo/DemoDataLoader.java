package com.interconnect.portal.demo;

import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.NewCompany;
import com.interconnect.portal.demo.DemoData.DemoCompany;
import com.interconnect.portal.user.Users;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the demo dataset at start-up when {@code portal.demo.enabled=true}. It only adds
 * what is missing, so a restart changes nothing.
 */
@Component
@ConditionalOnBooleanProperty("portal.demo.enabled")
class DemoDataLoader implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DemoDataLoader.class);

	private final Accounts accounts;

	private final Users users;

	DemoDataLoader(Accounts accounts, Users users) {
		this.accounts = accounts;
		this.users = users;
	}

	@Override
	public void run(ApplicationArguments args) {
		DemoData.COMPANIES.forEach(this::load);
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
