package com.interconnect.portal.audit.domain;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SupportedBy;
import com.interconnect.portal.billing.BillingDetails;
import com.interconnect.portal.billing.domain.BillingMarketService;
import com.interconnect.portal.billing.domain.BillingMarketView;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.Fixtures;
import com.interconnect.portal.support.SupportDetails;
import com.interconnect.portal.support.TestClock;
import com.interconnect.portal.support.TestData;
import com.interconnect.portal.user.UserInvited;
import com.interconnect.portal.user.domain.UserRow;
import com.interconnect.portal.user.domain.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every change of support details, billing markets, users and roles leaves exactly one
 * audit entry, written in the transaction of the change.
 */
@SpringBootTest
@RecordApplicationEvents
class AuditRecorderTests {

	@Autowired
	UserService users;

	@Autowired
	BillingMarketService billing;

	@Autowired
	Accounts accounts;

	@Autowired
	SupportDetails support;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEvents events;

	@Autowired
	JdbcTemplate jdbc;

	CompanySummary company;

	CurrentUser admin;

	@BeforeEach
	void setUp() {
		Fixtures fixtures = new Fixtures(this.accounts, this.users);
		this.company = fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		this.admin = fixtures.user(this.company, Role.COMPANY_ADMIN);
	}

	@Test
	void anInvitationIsRecordedWithTheInviterAndNeverTheToken() {
		String email = TestData.email("invitee");
		this.users.invite(this.admin, email, "Ivy Invitee", Role.FINANCE);

		Map<String, Object> entry = onlyEntry();
		assertThat(entry).containsEntry("action", "USER_INVITED")
			.containsEntry("actor_user_id", this.admin.id())
			.containsEntry("actor_name", this.admin.fullName())
			.containsEntry("subject", email)
			.containsEntry("old_value", null)
			.containsEntry("new_value", "Ivy Invitee, Finance");
		String token = this.events.stream(UserInvited.class).reduce((first, last) -> last).orElseThrow().token();
		assertThat(entry.values()).noneMatch((value) -> value != null && value.toString().contains(token));
	}

	@Test
	void aUserJoiningByThemselvesIsTheirOwnActor() {
		String email = TestData.email("joiner");
		this.users.invite(this.admin, email, "Jo Joiner", Role.TECHNICAL_CONTACT);
		String token = this.events.stream(UserInvited.class).reduce((first, last) -> last).orElseThrow().token();

		this.users.acceptInvitation(token, "Joanna Joiner", TestData.PASSWORD);

		assertThat(entries("USER_JOINED")).singleElement()
			.satisfies((entry) -> assertThat(entry).containsEntry("actor_user_id", null)
				.containsEntry("actor_name", "Joanna Joiner")
				.containsEntry("subject", email)
				.containsEntry("old_value", null)
				.containsEntry("new_value", "Joanna Joiner, Technical Contact"));
	}

	@Test
	void aRoleChangeIsRecordedOnlyWhenTheRoleChanges() {
		UserRow user = invite(Role.READ_ONLY);

		this.users.changeRole(this.admin, user.id(), Role.READ_ONLY);
		assertThat(entries("USER_ROLE_CHANGED")).isEmpty();

		this.users.changeRole(this.admin, user.id(), Role.TECHNICAL_ADMIN);
		assertThat(entries("USER_ROLE_CHANGED")).singleElement()
			.satisfies((entry) -> assertThat(entry).containsEntry("actor_user_id", this.admin.id())
				.containsEntry("actor_name", this.admin.fullName())
				.containsEntry("subject", user.email())
				.containsEntry("old_value", "Read Only")
				.containsEntry("new_value", "Technical Admin"));
	}

	@Test
	void aDeactivationIsRecordedOnce() {
		UserRow user = invite(Role.FINANCE);

		this.users.deactivate(this.admin, user.id());
		this.users.deactivate(this.admin, user.id());

		assertThat(entries("USER_DEACTIVATED")).singleElement()
			.satisfies((entry) -> assertThat(entry).containsEntry("actor_user_id", this.admin.id())
				.containsEntry("subject", user.email())
				.containsEntry("new_value", "Deactivated"));
	}

	@Test
	void billingMarketsAddedAndChangedAreRecordedWithTheirDetailsBeforeAndAfter() {
		BillingMarketView market = this.billing.add(this.admin, this.company.id(), details("Pat Payer"));
		assertThat(onlyEntry()).containsEntry("action", "BILLING_MARKET_ADDED")
			.containsEntry("actor_user_id", this.admin.id())
			.containsEntry("actor_name", this.admin.fullName())
			.containsEntry("subject", "Australia")
			.containsEntry("old_value", null)
			.satisfies((entry) -> assertThat((String) entry.get("new_value")).contains("Pat Payer", "+61 2 9876 5432"));

		this.billing.update(this.admin, this.company.id(), market.id(), details("Kim Payer"));
		this.billing.update(this.admin, this.company.id(), market.id(), details("Kim Payer"));

		assertThat(entries("BILLING_MARKET_CHANGED")).singleElement().satisfies((entry) -> {
			assertThat(entry).containsEntry("subject", "Australia").containsEntry("actor_user_id", this.admin.id());
			assertThat((String) entry.get("old_value")).contains("Pat Payer").doesNotContain("Kim Payer");
			assertThat((String) entry.get("new_value")).contains("Kim Payer").doesNotContain("Pat Payer");
		});
	}

	@Test
	void supportDetailsAddedAndChangedAreRecordedInInternationalFormat() {
		this.support.save(this.admin, this.company.id(), "+61 2 9876 5432", "noc@test.example");
		assertThat(onlyEntry()).containsEntry("action", "SUPPORT_DETAILS_ADDED")
			.containsEntry("actor_user_id", this.admin.id())
			.containsEntry("actor_name", this.admin.fullName())
			.containsEntry("subject", "Technical support details")
			.containsEntry("old_value", null)
			.containsEntry("new_value", "Support Phone: +61 2 9876 5432; Support Email: noc@test.example");

		this.support.save(this.admin, this.company.id(), "+61 3 9876 5432", "noc@test.example");
		this.support.save(this.admin, this.company.id(), "+61398765432", "noc@test.example");
		assertThat(entries("SUPPORT_DETAILS_CHANGED")).singleElement()
			.satisfies((entry) -> assertThat(entry).containsEntry("old_value", "Support Phone: +61 2 9876 5432")
				.containsEntry("new_value", "Support Phone: +61 3 9876 5432"));
	}

	@Test
	void theEntrySaysWhenTheChangeHappenedByThePortalsClock() {
		UserRow user = invite(Role.READ_ONLY);
		// three days on, so that a time taken from anywhere but the portal's clock shows
		TestClock.advance(Duration.ofDays(3));
		Instant before = TestClock.now();

		this.users.changeRole(this.admin, user.id(), Role.FINANCE);

		Instant after = TestClock.now();
		Instant occurredAt = this.jdbc
			.queryForObject("select occurred_at from audit_entry where company_id = ? and action = 'USER_ROLE_CHANGED'",
					Timestamp.class, this.company.id())
			.toInstant();
		assertThat(occurredAt).isBetween(before.truncatedTo(ChronoUnit.MICROS), after);
	}

	@AfterEach
	void realTime() {
		TestClock.reset();
	}

	@Test
	void aChangeThatRollsBackLeavesNoEntry() {
		UserRow user = invite(Role.READ_ONLY);
		int before = count();

		assertThatThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
			this.users.changeRole(this.admin, user.id(), Role.FINANCE);
			this.billing.add(this.admin, this.company.id(), details("Pat Payer"));
			throw new IllegalStateException("the change fails after its events");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(count()).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("select role from app_user where id = ?", String.class, user.id()))
			.isEqualTo("READ_ONLY");
	}

	@Test
	void theEntryIsPartOfTheChangesTransaction() {
		UserRow user = invite(Role.READ_ONLY);
		int before = count();

		this.transactions.executeWithoutResult((status) -> {
			this.users.changeRole(this.admin, user.id(), Role.FINANCE);
			assertThat(count()).isEqualTo(before + 1);
			status.setRollbackOnly();
		});

		assertThat(count()).isEqualTo(before);
	}

	private UserRow invite(Role role) {
		UserRow user = this.users.invite(this.admin, TestData.email("user"), "Uma User", role);
		this.jdbc.update("delete from audit_entry where company_id = ?", this.company.id());
		return user;
	}

	private Map<String, Object> onlyEntry() {
		List<Map<String, Object>> entries = this.jdbc.queryForList(
				"select actor_user_id, actor_name, action, subject, old_value, new_value, occurred_at from audit_entry"
						+ " where company_id = ?",
				this.company.id());
		assertThat(entries).hasSize(1);
		return entries.get(0);
	}

	private List<Map<String, Object>> entries(String action) {
		return this.jdbc.queryForList("select actor_user_id, actor_name, subject, old_value, new_value from audit_entry"
				+ " where company_id = ? and action = ? order by id", this.company.id(), action);
	}

	private int count() {
		return this.jdbc.queryForObject("select count(*) from audit_entry where company_id = ?", Integer.class,
				this.company.id());
	}

	private static BillingDetails details(String contactName) {
		return new BillingDetails("AU", contactName, "(02) 9876 5432", "accounts@billing.example", "1 Example Street",
				null, "Sydney", null, "2000", null, null);
	}

}
