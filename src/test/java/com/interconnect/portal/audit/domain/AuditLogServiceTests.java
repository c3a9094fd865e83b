package com.interconnect.portal.audit.domain;

import java.util.UUID;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SupportedBy;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Forbidden;
import com.interconnect.portal.shared.NotFoundException;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.Fixtures;
import com.interconnect.portal.user.domain.UserRow;
import com.interconnect.portal.user.domain.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Who sees which entries of the audit log, newest first, searched and paged.
 */
@SpringBootTest
class AuditLogServiceTests {

	@Autowired
	AuditLogService auditLog;

	@Autowired
	UserService users;

	@Autowired
	Accounts accounts;

	Fixtures fixtures;

	/**
	 * Part of every email invited here, so that a search finds this test's entries only.
	 */
	String marker;

	CompanySummary company;

	CurrentUser admin;

	CompanySummary other;

	CurrentUser otherAdmin;

	@BeforeEach
	void setUp() {
		this.fixtures = new Fixtures(this.accounts, this.users);
		this.marker = "audit" + UUID.randomUUID().toString().substring(0, 8);
		this.company = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		this.admin = this.fixtures.user(this.company, Role.COMPANY_ADMIN);
		this.other = this.fixtures.company(AccountType.PARTNER, SupportedBy.OPERATOR);
		this.otherAdmin = this.fixtures.user(this.other, Role.COMPANY_ADMIN);
		this.users.invite(this.admin, "a-" + this.marker + "@test.example", "Ann", Role.FINANCE);
		this.users.invite(this.otherAdmin, "b-" + this.marker + "@test.example", "Bob", Role.READ_ONLY);
	}

	@Test
	void aCompanyAdminSeesOnlyTheirCompanysEntriesNewestFirst() {
		UserRow user = this.users.invite(this.admin, "c-" + this.marker + "@test.example", "Cai", Role.READ_ONLY);
		this.users.changeRole(this.admin, user.id(), Role.FINANCE);

		AuditLogPage page = this.auditLog.page(this.admin, null, null, 0);

		assertThat(page.everyCompany()).isFalse();
		assertThat(page.company().id()).isEqualTo(this.company.id());
		assertThat(page.entries().getContent()).extracting(AuditEntryView::action)
			.containsExactly(AuditAction.USER_ROLE_CHANGED, AuditAction.USER_INVITED, AuditAction.USER_INVITED);
		assertThat(page.entries().getContent()).extracting(AuditEntryView::companyId).containsOnly(this.company.id());
		assertThat(page.entries().getContent()).extracting(AuditEntryView::companyName).containsOnlyNulls();
	}

	@Test
	void anotherCompanysIdDoesNotWidenACompanyAdminsLog() {
		AuditLogPage page = this.auditLog.page(this.admin, this.other.id(), this.marker, 0);

		assertThat(page.company().id()).isEqualTo(this.company.id());
		assertThat(page.entries().getContent()).extracting(AuditEntryView::subject)
			.containsExactly("a-" + this.marker + "@test.example");
	}

	@Test
	void otherRolesAreRefusedWithTheReason() {
		for (Role role : new Role[] { Role.READ_ONLY, Role.TECHNICAL_ADMIN, Role.TECHNICAL_CONTACT, Role.FINANCE }) {
			CurrentUser user = this.fixtures.user(this.company, role);
			assertThatThrownBy(() -> this.auditLog.page(user, null, null, 0)).isInstanceOf(Forbidden.class)
				.hasMessage("Only a Company Admin can see the audit log.");
		}
		CurrentUser sales = this.fixtures.user(this.fixtures.operator(), Role.SALES);
		assertThatThrownBy(() -> this.auditLog.page(sales, this.company.id(), null, 0)).isInstanceOf(Forbidden.class);
	}

	@Test
	void anOperatorAdminSeesEveryCompanysEntriesAndCanFilterByCompany() {
		CurrentUser operatorAdmin = this.fixtures.user(this.fixtures.operator(), Role.OPERATOR_ADMIN);

		AuditLogPage every = this.auditLog.page(operatorAdmin, null, this.marker, 0);
		assertThat(every.everyCompany()).isTrue();
		assertThat(every.company()).isNull();
		assertThat(every.entries().getContent()).extracting(AuditEntryView::subject, AuditEntryView::companyName)
			.containsExactly(tuple("b-" + this.marker + "@test.example", this.other.name()),
					tuple("a-" + this.marker + "@test.example", this.company.name()));

		AuditLogPage filtered = this.auditLog.page(operatorAdmin, this.other.id(), null, 0);
		assertThat(filtered.company().id()).isEqualTo(this.other.id());
		assertThat(filtered.entries().getContent()).extracting(AuditEntryView::subject)
			.containsExactly("b-" + this.marker + "@test.example");

		assertThatThrownBy(() -> this.auditLog.page(operatorAdmin, Long.MAX_VALUE, null, 0))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void theSearchIsCaseInsensitiveOverSubjectActorAndValuesAndTakesWildcardsLiterally() {
		assertThat(this.auditLog.page(this.admin, null, this.marker.toUpperCase(), 0).entries()).hasSize(1);
		assertThat(this.auditLog.page(this.admin, null, this.admin.fullName().toUpperCase(), 0).entries()).hasSize(1);
		assertThat(this.auditLog.page(this.admin, null, "ann, finance", 0).entries()).hasSize(1);
		assertThat(this.auditLog.page(this.admin, null, "Bob", 0).entries()).isEmpty();
		assertThat(this.auditLog.page(this.admin, null, "%", 0).entries()).isEmpty();
		assertThat(this.auditLog.page(this.admin, null, "_", 0).entries()).isEmpty();
	}

	@Test
	void theLogIsPagedByTwentyFive() {
		for (int i = 0; i < 26; i++) {
			this.users.invite(this.admin, "p" + i + "-" + this.marker + "@test.example", "Page " + i, Role.READ_ONLY);
		}

		AuditLogPage first = this.auditLog.page(this.admin, null, null, 0);
		AuditLogPage second = this.auditLog.page(this.admin, null, null, 1);

		assertThat(first.entries().getContent()).hasSize(25);
		assertThat(first.entries().getTotalElements()).isEqualTo(27);
		assertThat(first.entries().getContent().get(0).subject()).isEqualTo("p25-" + this.marker + "@test.example");
		assertThat(second.entries().getContent()).extracting(AuditEntryView::subject)
			.containsExactly("p0-" + this.marker + "@test.example", "a-" + this.marker + "@test.example");
	}

}
