package com.interconnect.portal.user.domain;

import java.time.Duration;
import java.util.List;

import com.interconnect.portal.account.CompanyNameTakenException;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Forbidden;
import com.interconnect.portal.shared.NotFoundException;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.Race;
import com.interconnect.portal.support.TestClock;
import com.interconnect.portal.support.TestData;
import com.interconnect.portal.support.TestSmtp;
import com.interconnect.portal.user.EmailTakenException;
import com.interconnect.portal.user.UserInvited;
import com.interconnect.portal.user.UserStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@RecordApplicationEvents
class UserServiceTests {

	@Autowired
	UserService users;

	@Autowired
	LoginAttempts loginAttempts;

	@Autowired
	PortalUserDetailsService userDetails;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	CurrentUser admin;

	String companyName;

	@BeforeEach
	void signUpACompany() {
		TestSmtp.start(); // invitations are emailed

		this.companyName = TestData.unique("Users Co");
		this.admin = this.users.signUp(this.companyName, "Ada Admin", TestData.email("admin"), TestData.PASSWORD);
	}

	@Test
	void signUpCreatesADirectCompanySupportedByTheOperatorWithTheUserAsCompanyAdmin() {
		var company = this.jdbc.queryForMap("select account_type, supported_by, signup_email from company where id = ?",
				this.admin.companyId());
		assertThat(company).containsEntry("account_type", "DIRECT")
			.containsEntry("supported_by", "OPERATOR")
			.containsEntry("signup_email", this.admin.email());
		assertThat(this.jdbc.queryForObject("select role from app_user where id = ?", String.class, this.admin.id()))
			.isEqualTo("COMPANY_ADMIN");
		assertThat(this.jdbc.queryForObject("select password_hash from app_user where id = ?", String.class,
				this.admin.id()))
			.startsWith("$2a$");
	}

	@Test
	void signUpWithATakenEmailOrCompanyNameStoresNothing() {
		String newCompany = TestData.unique("Never Stored");
		assertThatThrownBy(() -> this.users.signUp(newCompany, "Eve", this.admin.email(), TestData.PASSWORD))
			.isInstanceOf(EmailTakenException.class);
		String newEmail = TestData.email("never");
		assertThatThrownBy(() -> this.users.signUp(this.companyName.toUpperCase(), "Eve", newEmail, TestData.PASSWORD))
			.isInstanceOf(CompanyNameTakenException.class);
		assertThat(count("select count(*) from company where name = ?", newCompany)).isZero();
		assertThat(count("select count(*) from app_user where email = ?", newEmail)).isZero();
	}

	@Test
	void anInvitationIsSingleUseAndLetsTheUserLogIn() {
		String email = TestData.email("invitee");
		UserRow invited = this.users.invite(this.admin, email, "Ivan Invitee", Role.TECHNICAL_ADMIN);
		assertThat(invited.status()).isEqualTo(UserStatus.INVITED);
		assertThat(this.users.findActiveByEmail(email)).isEmpty();
		String token = tokenSentTo(email);

		assertThat(this.users.openInvitation(token).companyName()).isEqualTo(this.companyName);
		this.users.acceptInvitation(token, "Ivan Invited", TestData.PASSWORD);

		assertThat(this.users.findActiveByEmail(email)).hasValueSatisfying((user) -> {
			assertThat(user.role()).isEqualTo(Role.TECHNICAL_ADMIN);
			assertThat(user.companyId()).isEqualTo(this.admin.companyId());
			assertThat(user.fullName()).isEqualTo("Ivan Invited");
		});
		assertThatThrownBy(() -> this.users.acceptInvitation(token, "Again", TestData.PASSWORD))
			.isInstanceOf(InvalidInvitationException.class);
	}

	@Test
	void anInvitationExpiresAfterItsSevenDays() {
		String email = TestData.email("late");
		this.users.invite(this.admin, email, "Lee Late", Role.READ_ONLY);
		String token = tokenSentTo(email);

		TestClock.advance(Duration.ofDays(7).minusMinutes(1));
		assertThat(this.users.openInvitation(token).companyName()).as("still valid").isEqualTo(this.companyName);
		TestClock.advance(Duration.ofMinutes(2));

		assertThatThrownBy(() -> this.users.openInvitation(token)).isInstanceOf(InvalidInvitationException.class);
		assertThatThrownBy(() -> this.users.acceptInvitation(token, "Lee Late", TestData.PASSWORD))
			.isInstanceOf(InvalidInvitationException.class);
		assertThat(this.users.findActiveByEmail(email)).isEmpty();
	}

	@Test
	void resendingAnInvitationReplacesTheEarlierLink() {
		String email = TestData.email("resend");
		UserRow invited = this.users.invite(this.admin, email, "Rita", Role.READ_ONLY);
		String first = tokenSentTo(email);
		this.users.resendInvitation(this.admin, invited.id());
		String second = this.events.stream(UserInvited.class)
			.filter((event) -> event.email().equals(email))
			.reduce((a, b) -> b)
			.orElseThrow()
			.token();

		assertThat(second).isNotEqualTo(first);
		assertThatThrownBy(() -> this.users.openInvitation(first)).isInstanceOf(InvalidInvitationException.class);
		assertThat(this.users.openInvitation(second).email()).isEqualTo(email);
	}

	@Test
	void onlyAdminsManageUsersAndOnlyWithTheirCompanysRoles() {
		CurrentUser reader = activeUser(Role.READ_ONLY);
		assertThatThrownBy(() -> this.users.invite(reader, TestData.email("x"), "X", Role.READ_ONLY))
			.isInstanceOf(Forbidden.class);
		assertThatThrownBy(() -> this.users.list(reader, null, Pageable.ofSize(10))).isInstanceOf(Forbidden.class);
		assertThatThrownBy(() -> this.users.invite(this.admin, TestData.email("x"), "X", Role.OPERATOR_ADMIN))
			.isInstanceOf(Forbidden.class);
		assertThatThrownBy(() -> this.users.changeRole(this.admin, reader.id(), Role.SALES))
			.isInstanceOf(Forbidden.class);
	}

	@Test
	void anotherCompanysUserIsNotFound() {
		CurrentUser otherAdmin = this.users.signUp(TestData.unique("Other Co"), "Otto", TestData.email("other"),
				TestData.PASSWORD);
		assertThatThrownBy(() -> this.users.get(this.admin, otherAdmin.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.users.changeRole(this.admin, otherAdmin.id(), Role.READ_ONLY))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.users.deactivate(this.admin, otherAdmin.id()))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.jdbc.queryForObject("select role from app_user where id = ?", String.class, otherAdmin.id()))
			.isEqualTo("COMPANY_ADMIN");
	}

	@Test
	void theLastCompanyAdminCanBeNeitherDemotedNorDeactivated() {
		assertThatThrownBy(() -> this.users.changeRole(this.admin, this.admin.id(), Role.READ_ONLY))
			.isInstanceOf(LastAdminException.class);
		assertThatThrownBy(() -> this.users.deactivate(this.admin, this.admin.id()))
			.isInstanceOf(LastAdminException.class);

		CurrentUser second = activeUser(Role.COMPANY_ADMIN);
		this.users.changeRole(this.admin, second.id(), Role.FINANCE);
		assertThatThrownBy(() -> this.users.deactivate(this.admin, this.admin.id()))
			.isInstanceOf(LastAdminException.class);
		assertThat(activeAdmins()).isEqualTo(1);
	}

	/**
	 * Two Company Admins demote each other at the same moment, {@link Race#ROUNDS} times
	 * over (a fresh company each round): every round exactly one wins and one admin is
	 * left.
	 */
	@Test
	void twoAdminsDemotingEachOtherAtOnceLeaveOneAdmin() {
		for (int round = 0; round < Race.ROUNDS; round++) {
			CurrentUser first = this.users.signUp(TestData.unique("Race Co"), "Ada Admin", TestData.email("admin"),
					TestData.PASSWORD);
			String email = TestData.email("second");
			this.users.createActive(first.companyId(), email, "Sam Second", Role.COMPANY_ADMIN, TestData.PASSWORD);
			CurrentUser second = this.users.findActiveByEmail(email).orElseThrow();

			List<Boolean> demoted = Race.run(() -> demote(first, second), () -> demote(second, first));

			assertThat(demoted).as("round %d", round).containsExactlyInAnyOrder(true, false);
			assertThat(activeAdmins(first.companyId())).as("round %d", round).isEqualTo(1);
		}
	}

	@Test
	void deactivatedUsersCannotLogIn() {
		CurrentUser contact = activeUser(Role.TECHNICAL_CONTACT);
		assertThat(logIn(contact.email(), TestData.PASSWORD).isAuthenticated()).as("before").isTrue();

		this.users.deactivate(this.admin, contact.id());

		assertThatThrownBy(() -> logIn(contact.email(), TestData.PASSWORD)).isInstanceOf(AuthenticationException.class);
		assertThat(this.users.findActiveByEmail(contact.email())).isEmpty();
		assertThat(this.users.findActiveById(contact.id())).isEmpty();
	}

	@Test
	void repeatedFailedLogInsLockTheAccountUntilASuccessfulOneIsPossible() {
		for (int attempt = 1; attempt < 5; attempt++) {
			this.loginAttempts.recordFailure(this.admin.email());
		}
		assertThat(this.loginAttempts.isLocked(this.admin.email())).isFalse();
		this.loginAttempts.recordFailure(this.admin.email().toUpperCase());
		assertThat(this.loginAttempts.isLocked(this.admin.email())).isTrue();
		// locked: even the right password is refused, until the 15 minutes have passed
		assertThatThrownBy(() -> logIn(this.admin.email(), TestData.PASSWORD)).isInstanceOf(LockedException.class);
		TestClock.advance(Duration.ofMinutes(14));
		assertThatThrownBy(() -> logIn(this.admin.email(), TestData.PASSWORD)).isInstanceOf(LockedException.class);
		TestClock.advance(Duration.ofMinutes(1).plusSeconds(1));
		assertThat(logIn(this.admin.email(), TestData.PASSWORD).isAuthenticated()).isTrue();
	}

	@Test
	void aLockThatHasRunOutStartsAFreshCount() {
		for (int attempt = 1; attempt <= 5; attempt++) {
			this.loginAttempts.recordFailure(this.admin.email());
		}
		TestClock.advance(Duration.ofMinutes(16));
		this.loginAttempts.recordFailure(this.admin.email());
		assertThat(this.loginAttempts.isLocked(this.admin.email())).isFalse();
		assertThat(this.jdbc.queryForObject("select failed_login_attempts from app_user where id = ?", Integer.class,
				this.admin.id()))
			.isEqualTo(1);
	}

	@AfterEach
	void realTime() {
		TestClock.reset();
	}

	/**
	 * A log-in as the login form makes it: the portal's user details and password
	 * encoder.
	 */
	private Authentication logIn(String email, String password) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(this.userDetails);
		provider.setPasswordEncoder(this.passwordEncoder);
		return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
	}

	@Test
	void theUserListIsSearchableAndPaged() {
		activeUser(Role.FINANCE, "Zed Finance");
		activeUser(Role.READ_ONLY, "Yolanda Viewer");
		assertThat(this.users.list(this.admin, "zed", Pageable.ofSize(10)).map(UserRow::fullName))
			.containsExactly("Zed Finance");
		var firstPage = this.users.list(this.admin, "", Pageable.ofSize(2));
		assertThat(firstPage.getTotalElements()).isEqualTo(3);
		assertThat(firstPage.getContent()).extracting(UserRow::fullName).containsExactly("Ada Admin", "Yolanda Viewer");
		assertThat(this.users.list(this.admin, "100%_", Pageable.ofSize(10))).isEmpty();
	}

	private boolean demote(CurrentUser actor, CurrentUser target) {
		try {
			this.users.changeRole(actor, target.id(), Role.READ_ONLY);
			return true;
		}
		catch (LastAdminException ex) {
			return false;
		}
	}

	private CurrentUser activeUser(Role role) {
		return activeUser(role, role.label() + " User");
	}

	private CurrentUser activeUser(Role role, String name) {
		String email = TestData.email(role.name().toLowerCase());
		this.users.createActive(this.admin.companyId(), email, name, role, TestData.PASSWORD);
		return this.users.findActiveByEmail(email).orElseThrow();
	}

	private String tokenSentTo(String email) {
		return this.events.stream(UserInvited.class)
			.filter((event) -> event.email().equals(email))
			.findFirst()
			.orElseThrow()
			.token();
	}

	private int activeAdmins() {
		return activeAdmins(this.admin.companyId());
	}

	private int activeAdmins(long companyId) {
		return count(
				"select count(*) from app_user where company_id = ? and role = 'COMPANY_ADMIN' and status = 'ACTIVE'",
				companyId);
	}

	private int count(String sql, Object argument) {
		return this.jdbc.queryForObject(sql, Integer.class, argument);
	}

}
