package com.interconnect.portal.user.domain;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SupportedBy;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Forbidden;
import com.interconnect.portal.shared.NotFoundException;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.Fixtures;
import com.interconnect.portal.support.TestData;
import com.interconnect.portal.support.TestSmtp;
import com.interconnect.portal.user.UserInvited;
import com.interconnect.portal.user.UserStatus;
import com.interconnect.portal.user.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link Users#inviteFirstAdmin}: the first Company Admin of a company set up by a
 * partner or by the operator's staff.
 */
@SpringBootTest
@RecordApplicationEvents
class FirstAdminInvitationTests {

	@Autowired
	Users users;

	@Autowired
	UserService userService;

	@Autowired
	Accounts accounts;

	@Autowired
	ApplicationEvents events;

	Fixtures fixtures;

	CompanySummary partner;

	CurrentUser partnerAdmin;

	@BeforeEach
	void setUp() {
		TestSmtp.start(); // invitations are emailed
		this.fixtures = new Fixtures(this.accounts, this.userService);
		this.partner = this.fixtures.company(AccountType.PARTNER, SupportedBy.OPERATOR);
		this.partnerAdmin = this.fixtures.user(this.partner, Role.COMPANY_ADMIN);
	}

	@Test
	void aPartnerAdminInvitesTheFirstCompanyAdminOfAManagedCompany() {
		CompanySummary managed = this.fixtures.managedBy(this.partner, SupportedBy.PARTNER);
		String email = TestData.email("first");

		this.users.inviteFirstAdmin(this.partnerAdmin, managed.id(), email, "Flo First");

		assertThat(this.users.usersOf(this.partnerAdmin, managed.id(), Pageable.ofSize(10)).getContent())
			.singleElement()
			.satisfies((user) -> {
				assertThat(user.email()).isEqualTo(email);
				assertThat(user.role()).isEqualTo(Role.COMPANY_ADMIN);
				assertThat(user.status()).isEqualTo(UserStatus.INVITED);
			});
		assertThat(this.events.stream(UserInvited.class).filter((event) -> event.email().equals(email))).singleElement()
			.satisfies((event) -> assertThat(event.invitedBy()).isEqualTo(this.partnerAdmin.fullName()));
	}

	@Test
	void aCompanyThatHasUsersAlreadyIsRefused() {
		CompanySummary managed = this.fixtures.managedBy(this.partner, SupportedBy.OPERATOR);
		this.users.inviteFirstAdmin(this.partnerAdmin, managed.id(), TestData.email("first"), "Flo First");
		String second = TestData.email("second");

		assertThatThrownBy(() -> this.users.inviteFirstAdmin(this.partnerAdmin, managed.id(), second, "Sid Second"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("already has users");
		assertThat(this.users.existsByEmail(second)).isFalse();
	}

	@Test
	void onlyTheOperatorsStaffAndThePartnerOfAManagedCompanyMayInviteItsFirstAdmin() {
		CompanySummary direct = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		CompanySummary otherPartner = this.fixtures.company(AccountType.PARTNER, SupportedBy.OPERATOR);
		CompanySummary othersManaged = this.fixtures.managedBy(otherPartner, SupportedBy.OPERATOR);
		CurrentUser directAdmin = this.fixtures.user(direct, Role.COMPANY_ADMIN);
		CurrentUser partnerReader = this.fixtures.user(this.partner, Role.READ_ONLY);
		CompanySummary managed = this.fixtures.managedBy(this.partner, SupportedBy.OPERATOR);

		assertThatThrownBy(() -> this.users.inviteFirstAdmin(this.partnerAdmin, direct.id(), TestData.email("x"), "X"))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(
				() -> this.users.inviteFirstAdmin(this.partnerAdmin, othersManaged.id(), TestData.email("x"), "X"))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.users.inviteFirstAdmin(partnerReader, managed.id(), TestData.email("x"), "X"))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.users.inviteFirstAdmin(directAdmin, direct.id(), TestData.email("x"), "X"))
			.isInstanceOf(Forbidden.class);

		CurrentUser sales = this.fixtures.user(this.fixtures.operator(), Role.SALES);
		CompanySummary empty = this.fixtures.company(AccountType.DISTRIBUTOR, null);
		this.users.inviteFirstAdmin(sales, empty.id(), TestData.email("distributor-admin"), "Dee");
		assertThat(this.users.usersOf(sales, empty.id(), Pageable.ofSize(10)).getTotalElements()).isEqualTo(1);
	}

}
