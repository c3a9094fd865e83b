package com.interconnect.portal.ordering.domain;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SupportedBy;
import com.interconnect.portal.billing.domain.BillingMarketService;
import com.interconnect.portal.catalog.Catalog;
import com.interconnect.portal.ordering.domain.OrderDecision.Reason;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.Fixtures;
import com.interconnect.portal.support.domain.SupportDetailsService;
import com.interconnect.portal.user.domain.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every branch of order gating (product.md §5): who may order, and which companies may.
 */
@SpringBootTest
class OrderGateTests {

	@Autowired
	OrderGate gate;

	@Autowired
	Accounts accounts;

	@Autowired
	UserService users;

	@Autowired
	ServiceRepository services;

	@Autowired
	Catalog catalog;

	@Autowired
	BillingMarketService billing;

	@Autowired
	SupportDetailsService support;

	Fixtures fixtures;

	OrderFixtures orders;

	CompanySummary company;

	CurrentUser admin;

	@BeforeEach
	void setUp() {
		this.fixtures = new Fixtures(this.accounts, this.users);
		this.orders = new OrderFixtures(this.services, this.catalog, this.billing, this.support);
		this.company = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		this.admin = this.fixtures.user(this.company, Role.COMPANY_ADMIN);
	}

	@Test
	void aNewCompanyWithoutServicesIsRefusedWithALinkToEachMissingItem() {
		OrderDecision decision = this.gate.decide(this.admin, this.company.id());

		assertThat(decision.isAllowed()).isFalse();
		assertThat(decision.reasons()).containsExactly(
				new Reason("Add technical support details", "/companies/" + this.company.id() + "/support-details"),
				new Reason("Add billing market", "/companies/" + this.company.id() + "/billing-markets/new"));
	}

	@Test
	void withoutSupportDetailsOnlyTheyAreMissing() {
		this.orders.addAustralianMarket(this.admin, this.company.id());

		assertThat(this.gate.decide(this.admin, this.company.id()).texts())
			.containsExactly("Add technical support details");
	}

	@Test
	void withoutABillingMarketOnlyItIsMissing() {
		this.orders.addSupportDetails(this.admin, this.company, "+61 2 9876 5432");

		assertThat(this.gate.decide(this.admin, this.company.id()).texts()).containsExactly("Add billing market");
	}

	@Test
	void usersWhoCannotFixAnItemAreToldWhoCan() {
		CurrentUser technicalAdmin = this.fixtures.user(this.company, Role.TECHNICAL_ADMIN);

		assertThat(this.gate.decide(technicalAdmin, this.company.id()).reasons()).containsExactly(
				Reason.of("Technical support details: ask a Company Admin of " + this.company.name() + " to add it."),
				Reason.of("Billing market: ask a Company Admin or Finance user of " + this.company.name()
						+ " to add it."));
	}

	@Test
	void aCompleteSetupAllowsCompanyAdminsAndTechnicalAdmins() {
		this.orders.completeSetup(this.admin, this.company);

		assertThat(this.gate.decide(this.admin, this.company.id()).isAllowed()).isTrue();
		assertThat(
				this.gate.decide(this.fixtures.user(this.company, Role.TECHNICAL_ADMIN), this.company.id()).isAllowed())
			.isTrue();
	}

	@Test
	void provisionedServicesAllowAnOrderDespiteAnIncompleteSetup() {
		this.orders.livePort(this.company.id(), "Existing port", 10);

		assertThat(this.gate.decide(this.admin, this.company.id()).isAllowed()).isTrue();
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "TECHNICAL_CONTACT", "FINANCE", "READ_ONLY" })
	void otherRolesAreRefusedWhateverTheSetup(Role role) {
		this.orders.completeSetup(this.admin, this.company);

		assertThat(this.gate.decide(this.fixtures.user(this.company, role), this.company.id()).texts())
			.containsExactly("Only a Company Admin or a Technical Admin can place orders.");
	}

	@Test
	void aManagedCompanySupportedByItsPartnerNeedsOnlyThePartnersBillingMarket() {
		CompanySummary partner = this.fixtures.company(AccountType.PARTNER, SupportedBy.PARTNER);
		CurrentUser partnerAdmin = this.fixtures.user(partner, Role.COMPANY_ADMIN);
		CompanySummary managed = this.fixtures.managedBy(partner, SupportedBy.PARTNER);
		CurrentUser managedAdmin = this.fixtures.user(managed, Role.COMPANY_ADMIN);

		assertThat(this.gate.decide(managedAdmin, managed.id()).texts())
			.containsExactly("Billing market: ask your partner " + partner.name() + " to add it.");

		this.orders.addAustralianMarket(partnerAdmin, partner.id());

		assertThat(this.gate.decide(managedAdmin, managed.id()).isAllowed()).isTrue();
	}

	@Test
	void anotherCompanysUserMayNotOrderForIt() {
		this.orders.completeSetup(this.admin, this.company);
		CurrentUser stranger = this.fixtures.user(this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR),
				Role.COMPANY_ADMIN);

		assertThat(this.gate.decide(stranger, this.company.id()).isAllowed()).isFalse();
	}

}
