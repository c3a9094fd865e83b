package com.interconnect.portal.ordering.domain;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SupportedBy;
import com.interconnect.portal.ordering.ServiceCancelled;
import com.interconnect.portal.ordering.ServiceKind;
import com.interconnect.portal.ordering.ServiceState;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Forbidden;
import com.interconnect.portal.shared.NotFoundException;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.Fixtures;
import com.interconnect.portal.user.domain.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Cancelling a service (product.md §5, §8): Company Admins and Technical Admins only, a
 * port only once its VXCs have ended, a VXC freeing its VLANs; a refusal changes nothing.
 */
@SpringBootTest
@RecordApplicationEvents
class ServicesCancelTests {

	@Autowired
	ServiceInventory inventory;

	@Autowired
	Accounts accounts;

	@Autowired
	UserService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ApplicationEvents events;

	Fixtures fixtures;

	ServicesFixtures services;

	CompanySummary company;

	CurrentUser admin;

	long port;

	long other;

	long vxc;

	@BeforeEach
	void setUp() {
		this.fixtures = new Fixtures(this.accounts, this.users);
		this.services = new ServicesFixtures(this.context);
		this.company = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		this.admin = this.fixtures.user(this.company, Role.TECHNICAL_ADMIN);
		this.port = this.services.port(this.company.id(), "Sydney port");
		this.other = this.services.port(this.company.id(), "Melbourne port");
		this.vxc = this.services.vxc(this.company.id(), "Interstate", this.port, 100, this.other, 200, 1000);
	}

	@Test
	void onlyCompanyAdminsAndTechnicalAdminsCancel() {
		for (Role role : new Role[] { Role.TECHNICAL_CONTACT, Role.FINANCE, Role.READ_ONLY }) {
			CurrentUser user = this.fixtures.user(this.company, role);
			assertThatThrownBy(() -> this.inventory.cancel(user, this.vxc)).as(role.label())
				.isInstanceOf(Forbidden.class)
				.hasMessage("Only a Company Admin or Technical Admin can cancel services.");
		}
		assertThat(this.services.stateOf(this.vxc)).isEqualTo(ServiceState.DEPLOYABLE);

		this.inventory.cancel(this.fixtures.user(this.company, Role.COMPANY_ADMIN), this.vxc);
		assertThat(this.services.stateOf(this.vxc)).isEqualTo(ServiceState.CANCELLED);
	}

	@Test
	void anotherCompanysServiceIsNotFound() {
		CompanySummary stranger = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		CurrentUser strangerAdmin = this.fixtures.user(stranger, Role.COMPANY_ADMIN);

		assertThatThrownBy(() -> this.inventory.cancel(strangerAdmin, this.vxc)).isInstanceOf(NotFoundException.class);
		assertThat(this.services.stateOf(this.vxc)).isEqualTo(ServiceState.DEPLOYABLE);
	}

	@Test
	void aPortIsRefusedWhileVxcsThatHaveNotEndedUseIt() {
		assertThatThrownBy(() -> this.inventory.cancel(this.admin, this.port))
			.isInstanceOf(ServiceCancelRefusedException.class)
			.hasMessage("Port Sydney port still has 1 VXC that has not ended. Cancel its VXCs first: Interstate.");

		assertThat(this.services.stateOf(this.port)).isEqualTo(ServiceState.DEPLOYABLE);
		assertThat(this.services.historyOf(this.port)).hasSize(1);
		assertThat(this.events.stream(ServiceCancelled.class)).isEmpty();
	}

	@Test
	void cancellingAVxcFreesItsVlansRecordsWhoAndTellsTheOtherModules() {
		this.services.provisionUntilLive(this.port, this.other, this.vxc);

		ServiceCancelled cancelled = this.inventory.cancel(this.admin, this.vxc);

		assertThat(this.services.stateOf(this.vxc)).isEqualTo(ServiceState.CANCELLED);
		assertThat(this.jdbc.queryForObject("select ended_at from service where id = ?", java.sql.Timestamp.class,
				this.vxc))
			.isNotNull();
		assertThat(this.jdbc.queryForObject("select count(*) from port_vlan where vxc_id = ?", Integer.class, this.vxc))
			.isZero();
		assertThat(this.services.historyOf(this.vxc)).last()
			.isEqualTo("CANCELLED / Cancelled by " + this.admin.fullName() + " / " + this.admin.fullName());
		assertThat(this.events.stream(ServiceCancelled.class)).singleElement().isEqualTo(cancelled);
		assertThat(cancelled.serviceId()).isEqualTo(this.vxc);
		assertThat(cancelled.companyId()).isEqualTo(this.company.id());
		assertThat(cancelled.kind()).isEqualTo(ServiceKind.VXC);
		assertThat(cancelled.name()).isEqualTo("Interstate");
		assertThat(cancelled.actorName()).isEqualTo(this.admin.fullName());

		// the port is free now
		this.inventory.cancel(this.admin, this.port);
		assertThat(this.services.stateOf(this.port)).isEqualTo(ServiceState.CANCELLED);
	}

	@Test
	void aCancelledServiceCannotBeCancelledAgainNorProvisioned() {
		this.inventory.cancel(this.admin, this.vxc);

		assertThatThrownBy(() -> this.inventory.cancel(this.admin, this.vxc))
			.isInstanceOf(ServiceCancelRefusedException.class)
			.hasMessage("VXC Interstate is cancelled and cannot be cancelled.");
		this.services.provisionUntilLive(this.port, this.other);
		assertThat(this.services.stateOf(this.vxc)).isEqualTo(ServiceState.CANCELLED);
		assertThat(this.services.historyOf(this.vxc)).hasSize(2);
	}

}
