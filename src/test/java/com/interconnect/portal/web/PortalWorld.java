package com.interconnect.portal.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SupportedBy;
import com.interconnect.portal.billing.BillingDetails;
import com.interconnect.portal.billing.domain.BillingMarketService;
import com.interconnect.portal.catalog.PortSpeed;
import com.interconnect.portal.catalog.Term;
import com.interconnect.portal.marketplace.MarketplaceWorld;
import com.interconnect.portal.marketplace.domain.ServiceKeyData;
import com.interconnect.portal.marketplace.domain.ServiceKeyService;
import com.interconnect.portal.ordering.domain.ConfigurationService;
import com.interconnect.portal.ordering.domain.PortDesign;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.Fixtures;
import com.interconnect.portal.support.TestData;
import com.interconnect.portal.user.domain.UserService;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One of everything a page can show, for the tests generated from the request mappings: a
 * customer and a provider (the Marketplace world) with a LIVE connection, a pending
 * request, a saved configuration with a port, a service key, a billing market, an invited
 * user with a valid link, a partner with a managed company, a company without users, the
 * operator's staff, and another company of every kind to be foreign to them. Each path
 * variable of the portal's pages has a value here.
 */
final class PortalWorld {

	final MarketplaceWorld marketplace;

	final CurrentUser customerAdmin;

	final CurrentUser providerAdmin;

	final CurrentUser partnerAdmin;

	final CurrentUser operatorAdmin;

	final CurrentUser sales;

	final CompanySummary customer;

	final CompanySummary partner;

	final long invitedUser;

	final String invitationToken;

	final long configuration;

	final long portItem;

	final long liveVxc;

	final long pendingApproval;

	final long serviceKey;

	final long billingMarket;

	final long managedCompany;

	final long companyWithoutUsers;

	final long notification;

	final long email;

	private final Fixtures fixtures;

	PortalWorld(ApplicationContext context) {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		UserService users = context.getBean(UserService.class);
		this.fixtures = new Fixtures(context.getBean(Accounts.class), users);
		this.marketplace = new MarketplaceWorld(context);
		this.customer = this.marketplace.customer;
		this.customerAdmin = this.marketplace.customerAdmin;
		this.providerAdmin = this.marketplace.providerAdmin;
		this.liveVxc = this.marketplace.liveConnection(100, 2001);
		this.pendingApproval = this.marketplace.request(100, 2002);
		this.billingMarket = context.getBean(BillingMarketService.class)
			.add(this.customerAdmin, this.customer.id(),
					new BillingDetails("AU", "Pat Payer", "(02) 9876 5432", "accounts@billing.example",
							"1 Example Street", null, "Example City", null, "1000", null, null))
			.id();
		ConfigurationService configurations = context.getBean(ConfigurationService.class);
		this.configuration = configurations.create(this.customerAdmin, TestData.unique("Fuzz design"));
		this.portItem = configurations.addPort(this.customerAdmin, this.configuration,
				new PortDesign("Fuzz port", this.marketplace.sydney().id(), PortSpeed.TEN_GBPS, Term.MONTHLY));
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		this.serviceKey = context.getBean(ServiceKeyService.class)
			.create(this.providerAdmin, new ServiceKeyData(this.marketplace.providerPort, TestData.unique("Fuzz key"),
					true, 1000, null, false, today, today.plusDays(5)));
		String invitee = TestData.email("invitee");
		this.invitedUser = users.invite(this.customerAdmin, invitee, "Ivy Invitee", Role.READ_ONLY).id();
		this.invitationToken = jdbc.queryForObject("select secret from outbound_email where recipient = ?",
				String.class, invitee);
		this.partner = this.fixtures.company(AccountType.PARTNER, SupportedBy.OPERATOR);
		this.partnerAdmin = this.fixtures.user(this.partner, Role.COMPANY_ADMIN);
		this.managedCompany = this.fixtures.managedBy(this.partner, SupportedBy.OPERATOR).id();
		this.companyWithoutUsers = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR).id();
		this.operatorAdmin = this.fixtures.user(this.fixtures.operator(), Role.OPERATOR_ADMIN);
		this.sales = this.fixtures.user(this.fixtures.operator(), Role.SALES);
		this.notification = jdbc.queryForObject(
				"select id from outbound_email where user_id = ? order by id desc limit 1", Long.class,
				this.customerAdmin.id());
		this.email = this.notification;
	}

	Fixtures fixtures() {
		return this.fixtures;
	}

	/**
	 * The value of each path variable of a mapping's pattern, by the variable's name.
	 */
	Map<String, Object> variablesOf(String pattern) {
		Map<String, Object> values = new LinkedHashMap<>();
		if (pattern.contains("{companyId}")) {
			values.put("companyId", this.customer.id());
		}
		if (pattern.startsWith("/company/users/")) {
			values.put("id", this.invitedUser);
		}
		else if (pattern.startsWith("/invitations/")) {
			values.put("token", this.invitationToken);
		}
		else if (pattern.startsWith("/operator/companies/")) {
			values.put("id", this.companyWithoutUsers);
		}
		else if (pattern.startsWith("/operator/email-log/")) {
			values.put("id", this.email);
		}
		else if (pattern.startsWith("/marketplace/providers/")) {
			values.put("id", this.marketplace.provider.id());
		}
		else if (pattern.startsWith("/marketplace/ports/")) {
			values.put("portId", this.marketplace.providerPort);
		}
		else if (pattern.startsWith("/company/service-keys/")) {
			values.put("id", this.serviceKey);
		}
		else if (pattern.startsWith("/services/")) {
			values.put("id", this.liveVxc);
		}
		else if (pattern.startsWith("/configurations/")) {
			values.put("id", this.configuration);
			values.put("itemId", this.portItem);
		}
		else if (pattern.startsWith("/notifications/")) {
			values.put("id", this.notification);
		}
		else if (pattern.startsWith("/companies/") && pattern.contains("/billing-markets/")) {
			values.put("id", this.billingMarket);
		}
		else if (pattern.startsWith("/company/managed-accounts/")) {
			values.put("id", this.managedCompany);
		}
		else if (pattern.startsWith("/approvals/")) {
			values.put("id", this.pendingApproval);
		}
		return values;
	}

	/** Who opens a page to see its forms: someone who may use them. */
	CurrentUser viewerOf(String pattern) {
		if (pattern.startsWith("/operator/")) {
			return this.operatorAdmin;
		}
		if (pattern.equals("/login") || pattern.equals("/signup") || pattern.startsWith("/invitations/")
				|| pattern.equals("/error")) {
			return null;
		}
		if (pattern.startsWith("/company/managed-accounts")) {
			return this.partnerAdmin;
		}
		if (pattern.startsWith("/company/marketplace-profile") || pattern.startsWith("/company/service-keys")
				|| pattern.startsWith("/approvals")) {
			return this.providerAdmin;
		}
		return this.customerAdmin;
	}

}
