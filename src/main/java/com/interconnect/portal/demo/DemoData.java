package com.interconnect.portal.demo;

import java.util.List;
import java.util.Map;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.SupportedBy;
import com.interconnect.portal.billing.BillingDetails;
import com.interconnect.portal.shared.Role;

/**
 * The companies and users of demo-data.md, as data. Every demo user's password is
 * {@link #PASSWORD}.
 */
final class DemoData {

	static final String PASSWORD = "Demo-portal-2026";

	record DemoCompany(String name, AccountType type, SupportedBy supportedBy, String parentPartner, String signupEmail,
			Map<String, Role> users) {
	}

	/**
	 * The set-up that demo-data.md gives a company: its billing market and its support
	 * details, each optional.
	 */
	record DemoSetup(String company, BillingDetails billingMarket, String supportPhone, String supportEmail) {
	}

	/** Who sets the demo companies up, as the operator's Sales team would. */
	static final String SET_UP_BY = "sales@ops.example";

	static final List<DemoCompany> COMPANIES = List.of(
			new DemoCompany("Portal Operations", AccountType.OPERATOR, null, null, null,
					users("sales@ops.example", Role.SALES, "admin@ops.example", Role.OPERATOR_ADMIN)),
			new DemoCompany("Acme Direct", AccountType.DIRECT, SupportedBy.OPERATOR, null, "admin@acme.example",
					users("admin@acme.example", Role.COMPANY_ADMIN, "tech@acme.example", Role.TECHNICAL_ADMIN,
							"contact@acme.example", Role.TECHNICAL_CONTACT, "finance@acme.example", Role.FINANCE,
							"viewer@acme.example", Role.READ_ONLY)),
			new DemoCompany("Globex", AccountType.DIRECT, SupportedBy.OPERATOR, null, "admin@globex.example",
					users("admin@globex.example", Role.COMPANY_ADMIN, "tech@globex.example", Role.TECHNICAL_ADMIN,
							"contact@globex.example", Role.TECHNICAL_CONTACT, "viewer@globex.example", Role.READ_ONLY)),
			new DemoCompany("Initech Partners", AccountType.PARTNER, SupportedBy.PARTNER, null, "admin@initech.example",
					users("admin@initech.example", Role.COMPANY_ADMIN, "viewer@initech.example", Role.READ_ONLY)),
			new DemoCompany("Umbrella Partner", AccountType.PARTNER, SupportedBy.OPERATOR, null,
					"admin@umbrella.example", users("admin@umbrella.example", Role.COMPANY_ADMIN)),
			new DemoCompany("Hooli", AccountType.MANAGED, SupportedBy.PARTNER, "Initech Partners",
					"admin@hooli.example",
					users("admin@hooli.example", Role.COMPANY_ADMIN, "viewer@hooli.example", Role.READ_ONLY)),
			new DemoCompany("Stark Industries", AccountType.MANAGED, SupportedBy.OPERATOR, "Initech Partners",
					"admin@stark.example", users("admin@stark.example", Role.COMPANY_ADMIN)),
			new DemoCompany("Wayne Distribution", AccountType.DISTRIBUTOR, null, null, "admin@wayne.example",
					users("admin@wayne.example", Role.COMPANY_ADMIN)),
			new DemoCompany("CloudNova", AccountType.DIRECT, SupportedBy.OPERATOR, null, "admin@cloudnova.example",
					users("admin@cloudnova.example", Role.COMPANY_ADMIN, "tech@cloudnova.example", Role.TECHNICAL_ADMIN,
							"contact@cloudnova.example", Role.TECHNICAL_CONTACT, "viewer@cloudnova.example",
							Role.READ_ONLY)));

	static final List<DemoSetup> SETUPS = List.of(
			new DemoSetup("Globex",
					billing("US", "Gloria Ledger", "+1 212 555 0142", "billing@globex.example", "350 Fifth Avenue",
							"New York", "NY", "10118"),
					"+1 212 555 0100", "support@globex.example"),
			new DemoSetup("Initech Partners",
					billing("AU", "Ian Tally", "(02) 9876 5400", "billing@initech.example", "1 Martin Place", "Sydney",
							"NSW", "2000"),
					"(02) 9876 5432", "support@initech.example"),
			new DemoSetup("Umbrella Partner",
					billing("GB", "Una Sterling", "020 7946 0018", "billing@umbrella.example", "10 Finsbury Square",
							"London", null, "EC2A 1AF"),
					null, null),
			new DemoSetup("Stark Industries", null, "(03) 9123 4567", "noc@stark.example"),
			new DemoSetup(
					"CloudNova", billing("AU", "Nova Accounts", "(02) 8123 4500", "billing@cloudnova.example",
							"200 George Street", "Sydney", "NSW", "2000"),
					"(02) 8123 4567", "support@cloudnova.example"));

	private DemoData() {
	}

	private static BillingDetails billing(String market, String contact, String phone, String email, String street,
			String city, String region, String postcode) {
		return new BillingDetails(market, contact, phone, email, street, null, city, region, postcode, null, null);
	}

	/** Keeps the order in which the users are listed. */
	private static Map<String, Role> users(Object... emailsAndRoles) {
		Map<String, Role> users = new java.util.LinkedHashMap<>();
		for (int i = 0; i < emailsAndRoles.length; i += 2) {
			users.put((String) emailsAndRoles[i], (Role) emailsAndRoles[i + 1]);
		}
		return users;
	}

}
