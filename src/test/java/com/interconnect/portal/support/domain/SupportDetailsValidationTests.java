package com.interconnect.portal.support.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SupportedBy;
import com.interconnect.portal.billing.BillingDetails;
import com.interconnect.portal.billing.domain.BillingMarketService;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Forbidden;
import com.interconnect.portal.shared.InvalidInputException;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.Fixtures;
import com.interconnect.portal.support.SupportDetailsChanged;
import com.interconnect.portal.support.SupportDetailsSummary;
import com.interconnect.portal.user.domain.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * product.md §3 (phone by the primary billing market's country, email at the sign-up
 * domain) and §2's rules (never removed, "Last updated by", one event per real change),
 * against the real database.
 */
@SpringBootTest
@RecordApplicationEvents
class SupportDetailsValidationTests {

	private static final String MALFORMED = "Enter an email address like support@example.com";

	@Autowired
	SupportDetailsService support;

	@Autowired
	BillingMarketService billing;

	@Autowired
	Accounts accounts;

	@Autowired
	UserService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	Fixtures fixtures;

	CompanySummary company;

	CurrentUser admin;

	@BeforeEach
	void setUp() {
		this.fixtures = new Fixtures(this.accounts, this.users);
		this.company = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		this.admin = this.fixtures.user(this.company, Role.COMPANY_ADMIN);
	}

	// --- who may change them (§2, second table), refused on the server with the reason

	@Test
	void aUserWhoMayOnlyViewIsRefusedWithTheReasonAndNothingIsStored() {
		CurrentUser technicalAdmin = this.fixtures.user(this.company, Role.TECHNICAL_ADMIN);
		String onlyAdmins = "Only a Company Admin can change these details.";

		assertThat(this.support.page(this.admin, this.company.id())).satisfies((page) -> {
			assertThat(page.canEdit()).isTrue();
			assertThat(page.note()).isNull();
		});
		assertThat(this.support.page(technicalAdmin, this.company.id())).satisfies((page) -> {
			assertThat(page.canEdit()).isFalse();
			assertThat(page.note()).isEqualTo(onlyAdmins);
		});
		assertThatThrownBy(
				() -> this.support.save(technicalAdmin, this.company.id(), "+61 2 9876 5432", "noc@test.example"))
			.isInstanceOf(Forbidden.class)
			.hasMessage(onlyAdmins);
		assertThat(this.support.find(this.company.id())).isEmpty();
	}

	@Test
	void aManagedCompanySeesItsPartnersDetailsButOnlyThePartnerChangesThem() {
		CompanySummary partner = this.fixtures.company(AccountType.PARTNER, SupportedBy.PARTNER);
		CurrentUser partnerAdmin = this.fixtures.user(partner, Role.COMPANY_ADMIN);
		this.support.save(partnerAdmin, partner.id(), "+61 2 9876 5432", "noc@test.example");
		CompanySummary managed = this.fixtures.managedBy(partner, SupportedBy.PARTNER);
		CurrentUser managedAdmin = this.fixtures.user(managed, Role.COMPANY_ADMIN);
		String onlyThePartner = "These are the technical support details of your partner " + partner.name()
				+ ". Only your partner can change them.";

		SupportDetailsPage page = this.support.page(managedAdmin, partner.id());
		assertThat(page.note()).isEqualTo(onlyThePartner);
		assertThat(page.canEdit()).isFalse();
		assertThatThrownBy(() -> this.support.save(managedAdmin, partner.id(), "+61 3 9876 5432", "noc@test.example"))
			.isInstanceOf(Forbidden.class)
			.hasMessage(onlyThePartner);
		assertThat(this.support.find(partner.id()).orElseThrow().phone()).isEqualTo("+61 2 9876 5432");
	}

	// --- phone: the country of the primary billing market's contact

	@ParameterizedTest(name = "{0}: {4} and {5} -> {6}")
	@CsvSource(delimiter = '|',
			textBlock = """
					# market | billing contact phone | country        | code | national input  | international input | E.164         | shown            | invalid        | another country
					AU       | (02) 9876 5432        | Australia      | 61   | 02 9876 5432    | +61 2 9876 5432     | +61298765432  | +61 2 9876 5432  | 02 1234        | +1 212 555 0100
					US       | +1 212 555 0100       | United States  | 1    | (212) 555-0100  | +1 212 555 0100     | +12125550100  | +1 212-555-0100  | 555 0100       | +44 20 7946 0018
					GB       | 020 7946 0018         | United Kingdom | 44   | 020 7946 0018   | +44 20 7946 0018    | +442079460018 | +44 20 7946 0018 | 020 7946       | +1 212 555 0100
					DE       | 030 123456            | Germany        | 49   | 030 123456      | +49 30 123456       | +4930123456   | +49 30 123456    | 0301           | +81 3-1234-5678
					SG       | 6123 4567             | Singapore      | 65   | 6123 4567       | +65 6123 4567       | +6561234567   | +65 6123 4567    | 1234 5678      | +61 2 9876 5432
					JP       | 03-1234-5678          | Japan          | 81   | 03-1234-5678    | +81 3-1234-5678     | +81312345678  | +81 3-1234-5678  | 03-1234        | +65 6123 4567
					""")
	void thePhoneMustBeValidForThePrimaryBillingMarketsCountry(String market, String billingPhone, String country,
			String code, String national, String international, String e164, String shown, String invalid,
			String anotherCountry) {
		this.billing.add(this.admin, this.company.id(), billingDetails(market, billingPhone));
		String email = "noc@test.example";

		SupportDetailsSummary saved = this.support.save(this.admin, this.company.id(), national, email);
		assertThat(saved.phone()).isEqualTo(shown);
		assertThat(storedPhone()).isEqualTo(e164);
		assertThat(this.support.find(this.company.id()).orElseThrow().phone()).isEqualTo(shown);

		this.support.save(this.admin, this.company.id(), international, email);
		assertThat(storedPhone()).as("the international form of the same number").isEqualTo(e164);
		assertThat(this.support.find(this.company.id()).orElseThrow().phone()).isEqualTo(shown);

		for (String refused : List.of(invalid, anotherCountry, "not a number")) {
			assertThatThrownBy(() -> this.support.save(this.admin, this.company.id(), refused, email))
				.as("the input %s", refused)
				.isInstanceOfSatisfying(InvalidInputException.class,
						(ex) -> assertThat(ex.fieldErrors().get("supportPhone")).contains(country)
							.containsPattern("for example \\+" + code + " [0-9 -]+"));
			assertThat(storedPhone()).isEqualTo(e164);
		}
		assertThat(this.support.page(this.admin, this.company.id()).phoneHint()).contains(country);
	}

	@Test
	void thePrimaryMarketIsTheFirstEnabled() {
		this.billing.add(this.admin, this.company.id(), billingDetails("GB", "020 7946 0018"));
		this.billing.add(this.admin, this.company.id(), billingDetails("AU", "(02) 9876 5432"));

		assertThatThrownBy(() -> this.support.save(this.admin, this.company.id(), "02 9876 5432", "noc@test.example"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.fieldErrors().get("supportPhone")).contains("United Kingdom"));
		this.support.save(this.admin, this.company.id(), "020 7946 0018", "noc@test.example");
		assertThat(storedPhone()).isEqualTo("+442079460018");
	}

	@Test
	void withoutABillingMarketTheNumberMustBeInternational() {
		assertThatThrownBy(() -> this.support.save(this.admin, this.company.id(), "0298765432", "noc@test.example"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.fieldErrors().get("supportPhone"))
						.contains("international form, with + and the country code")
						.containsPattern("for example \\+[0-9]+ [0-9 -]+"));
		// international, but too short for the country its code names
		assertThatThrownBy(() -> this.support.save(this.admin, this.company.id(), "+61 2 1234", "noc@test.example"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.fieldErrors().get("supportPhone"))
						.isEqualTo("Enter a valid phone number for Australia, for example " + "+61 2 1234 5678."));
		assertThat(storedRow()).isNull();
		assertThat(this.support.page(this.admin, this.company.id()).phoneHint()).contains("international form");

		for (String number : List.of("+61 2 9876 5432", "+1 212 555 0100", "+49 30 123456", "+81 3-1234-5678",
				"+65 6123 4567")) {
			this.support.save(this.admin, this.company.id(), number, "noc@test.example");
			assertThat(this.support.find(this.company.id()).orElseThrow().phone())
				.isEqualTo(number.replace("+1 212 555 0100", "+1 212-555-0100"));
		}
		assertThatThrownBy(() -> this.support.save(this.admin, this.company.id(), "+1 555 0100", "noc@test.example"))
			.isInstanceOf(InvalidInputException.class);
		assertThat(storedPhone()).isEqualTo("+6561234567");
	}

	@Test
	void aManagedCompanySupportedByTheOperatorUsesItsPartnersMarket() {
		CompanySummary partner = this.fixtures.company(AccountType.PARTNER, SupportedBy.OPERATOR);
		CurrentUser partnerAdmin = this.fixtures.user(partner, Role.COMPANY_ADMIN);
		this.billing.add(partnerAdmin, partner.id(), billingDetails("AU", "(02) 9876 5432"));
		CompanySummary managed = this.fixtures.managedBy(partner, SupportedBy.OPERATOR);

		assertThatThrownBy(() -> this.support.save(partnerAdmin, managed.id(), "+1 212 555 0100", "noc@test.example"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.fieldErrors().get("supportPhone")).contains("Australia")
						.contains("for example +61"));
		assertThat(this.support.page(partnerAdmin, managed.id()).phoneHint()).contains("Australia");

		this.support.save(partnerAdmin, managed.id(), "02 9876 5432", "noc@test.example");
		assertThat(this.jdbc.queryForObject("select phone from support_details where company_id = ?", String.class,
				managed.id()))
			.isEqualTo("+61298765432");
	}

	// --- email: at the sign-up email's domain or a subdomain of it

	@Test
	void anEmailAtAnotherDomainIsRefusedNamingTheExpectedDomain() {
		for (String email : List.of("noc@other.example", "noc@eviltest.example", "noc@test.example.evil.com",
				"noc@example")) {
			assertThatThrownBy(() -> this.support.save(this.admin, this.company.id(), "+1 212 555 0100", email))
				.as(email)
				.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
					assertThat(ex.fieldErrors()).containsOnlyKeys("supportEmail");
					if (!email.equals("noc@example")) {
						assertThat(ex.fieldErrors().get("supportEmail")).contains("Use an address at test.example");
					}
				});
		}
		assertThat(storedRow()).isNull();
	}

	@Test
	void theSignUpDomainAndItsSubdomainsAreAcceptedWhateverTheCase() {
		this.support.save(this.admin, this.company.id(), "+1 212 555 0100", "NOC@Test.Example");
		assertThat(storedRow()).containsEntry("email", "noc@test.example");
		this.support.save(this.admin, this.company.id(), "+1 212 555 0100", "support@noc.test.example");
		assertThat(storedRow()).containsEntry("email", "support@noc.test.example");
		this.support.save(this.admin, this.company.id(), "+1 212 555 0100", "Team.Lead@EU.NOC.TEST.EXAMPLE");
		assertThat(storedRow()).containsEntry("email", "team.lead@eu.noc.test.example");
	}

	@ParameterizedTest
	@ValueSource(strings = { "noc@localhost", "noc", "noc@", "@test.example", "n oc@test.example", "noc@test .example",
			"noc@@test.example", "noc@test..example", "noc@.test.example" })
	void aMalformedEmailIsRefused(String email) {
		assertThatThrownBy(() -> this.support.save(this.admin, this.company.id(), "+1 212 555 0100", email))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.fieldErrors().get("supportEmail")).startsWith(MALFORMED));
		assertThat(storedRow()).isNull();
	}

	@Test
	void anEmailLongerThan254CharactersIsRefused() {
		String domain = "@noc.test.example";
		String longest = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(48)
				+ ".test.example";
		assertThat(longest).hasSize(254);
		this.support.save(this.admin, this.company.id(), "+1 212 555 0100", longest);
		assertThat(storedRow()).containsEntry("email", longest);

		String tooLong = "a".repeat(255 - domain.length()) + domain;
		assertThat(tooLong).hasSize(255);
		assertThatThrownBy(() -> this.support.save(this.admin, this.company.id(), "+1 212 555 0100", tooLong))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.fieldErrors().get("supportEmail")).startsWith(MALFORMED));
		assertThat(storedRow()).containsEntry("email", longest);
	}

	@Test
	void badInputChangesNothingEvenWhenOneFieldIsValid() {
		this.support.save(this.admin, this.company.id(), "+1 212 555 0100", "noc@test.example");
		Map<String, Object> before = storedRow();

		assertThatThrownBy(
				() -> this.support.save(this.admin, this.company.id(), "+44 20 7946 0018", "noc@other.example"))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.support.save(this.admin, this.company.id(), "12", "support@noc.test.example"))
			.isInstanceOf(InvalidInputException.class);

		assertThat(storedRow()).isEqualTo(before);
	}

	// --- never removed

	@Test
	void beforeAnyDetailsExistBothFieldsAreAskedFor() {
		assertThatThrownBy(() -> this.support.save(this.admin, this.company.id(), "", " "))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.fieldErrors())
						.containsEntry("supportPhone", "Enter the support phone number.")
						.containsEntry("supportEmail", "Enter the support email address."));
		assertThat(storedRow()).isNull();
	}

	@Test
	void onceTheyExistDetailsCanBeChangedButNotRemoved() {
		this.support.save(this.admin, this.company.id(), "+1 212 555 0100", "noc@test.example");
		Map<String, Object> before = storedRow();
		String cannotRemove = "Support details can be changed but not removed.";

		assertThatThrownBy(() -> this.support.save(this.admin, this.company.id(), "", "noc@test.example"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.fieldErrors()).containsExactly(Map.entry("supportPhone", cannotRemove)));
		assertThatThrownBy(() -> this.support.save(this.admin, this.company.id(), "+1 212 555 0100", "   "))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.fieldErrors()).containsExactly(Map.entry("supportEmail", cannotRemove)));
		assertThatThrownBy(() -> this.support.save(this.admin, this.company.id(), null, null)).isInstanceOfSatisfying(
				InvalidInputException.class,
				(ex) -> assertThat(ex.fieldErrors()).containsEntry("supportPhone", cannotRemove)
					.containsEntry("supportEmail", cannotRemove));

		assertThat(storedRow()).isEqualTo(before);
		assertThat(changes()).hasSize(1);
	}

	@Test
	void theDatabaseRefusesToDeleteDetails() {
		this.support.save(this.admin, this.company.id(), "+1 212 555 0100", "noc@test.example");

		assertThatThrownBy(
				() -> this.jdbc.update("delete from support_details where company_id = ?", this.company.id()))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("Support details can be changed but not removed");

		assertThat(storedRow()).containsEntry("phone", "+12125550100").containsEntry("email", "noc@test.example");
	}

	// --- history

	@Test
	void theLastChangeRecordsWhoAndWhen() {
		Instant before = Instant.now().minusSeconds(1);
		this.support.save(this.admin, this.company.id(), "+1 212 555 0100", "noc@test.example");
		Instant after = Instant.now().plusSeconds(1);

		Map<String, Object> row = storedRow();
		assertThat(row).containsEntry("updated_by_name", this.admin.fullName())
			.containsEntry("updated_by_user_id", this.admin.id());
		assertThat(updatedAt()).isBetween(before, after);
		SupportDetailsSummary summary = this.support.find(this.company.id()).orElseThrow();
		assertThat(summary.updatedBy()).isEqualTo(this.admin.fullName());
		assertThat(summary.updatedAt()).isEqualTo(updatedAt());

		CurrentUser sales = this.fixtures.user(this.fixtures.operator(), Role.SALES);
		this.support.save(sales, this.company.id(), "+1 212 555 0100", "support@noc.test.example");
		assertThat(storedRow()).containsEntry("updated_by_name", sales.fullName())
			.containsEntry("updated_by_user_id", sales.id());
		assertThat(this.support.find(this.company.id()).orElseThrow().updatedBy()).isEqualTo(sales.fullName());
	}

	@Test
	void anEventIsPublishedOncePerRealChange() {
		this.support.save(this.admin, this.company.id(), "+1 212 555 0100", "noc@test.example");
		assertThat(changes()).singleElement().satisfies((event) -> {
			assertThat(event.added()).isTrue();
			assertThat(event.actorId()).isEqualTo(this.admin.id());
			assertThat(event.actorName()).isEqualTo(this.admin.fullName());
			assertThat(event.oldPhone()).isNull();
			assertThat(event.oldEmail()).isNull();
			assertThat(event.newPhone()).isEqualTo("+12125550100");
			assertThat(event.newEmail()).isEqualTo("noc@test.example");
		});
		Instant firstUpdate = updatedAt();

		// the same details, typed differently: no change, no event, "Last updated" kept
		this.support.save(this.admin, this.company.id(), "+1 (212) 555-0100", " NOC@test.example ");
		assertThat(changes()).hasSize(1);
		assertThat(updatedAt()).isEqualTo(firstUpdate);

		this.support.save(this.admin, this.company.id(), "+44 20 7946 0018", "noc@test.example");
		assertThat(changes()).hasSize(2).last().satisfies((event) -> {
			assertThat(event.added()).isFalse();
			assertThat(event.oldPhone()).isEqualTo("+12125550100");
			assertThat(event.newPhone()).isEqualTo("+442079460018");
			assertThat(event.oldEmail()).isEqualTo("noc@test.example");
			assertThat(event.newEmail()).isEqualTo("noc@test.example");
		});

		assertThatThrownBy(
				() -> this.support.save(this.admin, this.company.id(), "+44 20 7946 0018", "x@other.example"))
			.isInstanceOf(InvalidInputException.class);
		assertThat(changes()).hasSize(2);
	}

	// --- helpers

	private List<SupportDetailsChanged> changes() {
		return this.events.stream(SupportDetailsChanged.class)
			.filter((event) -> event.companyId() == this.company.id())
			.toList();
	}

	private Map<String, Object> storedRow() {
		List<Map<String, Object>> rows = this.jdbc.queryForList(
				"select phone, email, updated_by_name, updated_by_user_id from support_details where company_id = ?",
				this.company.id());
		return rows.isEmpty() ? null : rows.get(0);
	}

	private String storedPhone() {
		return this.jdbc.queryForObject("select phone from support_details where company_id = ?", String.class,
				this.company.id());
	}

	private Instant updatedAt() {
		return this.jdbc
			.queryForObject("select updated_at from support_details where company_id = ?", OffsetDateTime.class,
					this.company.id())
			.toInstant();
	}

	private static BillingDetails billingDetails(String market, String phone) {
		return new BillingDetails(market, "Pat Payer", phone, "accounts@billing.example", "1 Example Street", null,
				"Example City", null, "1000", null, null);
	}

}
