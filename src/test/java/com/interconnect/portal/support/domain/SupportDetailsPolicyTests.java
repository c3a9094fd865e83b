package com.interconnect.portal.support.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SupportDetailsPolicy;
import com.interconnect.portal.account.SupportDetailsPolicy.Access;
import com.interconnect.portal.account.SupportDetailsPolicy.Requirement;
import com.interconnect.portal.account.SupportedBy;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * product.md §2, both tables, written out here as literal rows (not computed from the
 * policy) and checked against {@link SupportDetailsPolicy}.
 */
class SupportDetailsPolicyTests {

	// --- §2, first table: required and displayed, by account type

	@ParameterizedTest(name = "{0}: {1} supported by {2} -> required {3}, displayed {4}, page {5}")
	@CsvSource(delimiter = '|', textBlock = """
			# §2 row                                 | type        | supported by | required | displayed | whose page
			new direct                               | DIRECT      | OPERATOR     | yes      | yes       | OWN
			existing direct, no provisioned services | DIRECT      | OPERATOR     | yes      | yes       | OWN
			new partner supported by partner        | PARTNER     | PARTNER      | yes      | yes       | OWN
			new partner supported by operator       | PARTNER     | OPERATOR     | yes      | yes       | OWN
			new managed supported by operator       | MANAGED     | OPERATOR     | yes      | no        | NONE
			new managed supported by partner        | MANAGED     | PARTNER      | no       | no        | PARTNER
			new distributor                         | DISTRIBUTOR | -            | no       | no        | NONE
			the operator's own company              | OPERATOR    | -            | no       | no        | NONE
			""")
	void requiredAndDisplayedByAccountType(String row, String type, String supportedBy, String required,
			String displayed, String page) {
		CompanySummary partner = company(900, AccountType.PARTNER, SupportedBy.PARTNER, null);
		CompanySummary company = company(901, AccountType.valueOf(type), supportedByOf(supportedBy),
				AccountType.valueOf(type) == AccountType.MANAGED ? partner.id() : null);

		Requirement requirement = SupportDetailsPolicy.requirementFor(company);

		assertThat(requirement.required()).as("required").isEqualTo(yes(required));
		assertThat(requirement.displayed()).as("displayed").isEqualTo(yes(displayed));
		Optional<Long> expectedPage = switch (page) {
			case "OWN" -> Optional.of(company.id());
			case "PARTNER" -> Optional.of(partner.id());
			default -> Optional.empty();
		};
		assertThat(SupportDetailsPolicy.pageCompanyFor(company)).as("whose details the own page shows")
			.isEqualTo(expectedPage);
	}

	@Test
	void thePolicyHasExactlyTheRowsOfTheFirstTable() {
		assertThat(SupportDetailsPolicy.REQUIREMENTS).containsExactlyInAnyOrder(
				new Requirement(AccountType.DIRECT, SupportedBy.OPERATOR, true, true),
				new Requirement(AccountType.PARTNER, SupportedBy.PARTNER, true, true),
				new Requirement(AccountType.PARTNER, SupportedBy.OPERATOR, true, true),
				new Requirement(AccountType.MANAGED, SupportedBy.OPERATOR, true, false),
				new Requirement(AccountType.MANAGED, SupportedBy.PARTNER, false, false),
				new Requirement(AccountType.DISTRIBUTOR, null, false, false),
				new Requirement(AccountType.OPERATOR, null, false, false));
	}

	// --- §2, second table: who may view and edit whose details

	/**
	 * The world every row is checked in. The acting user's company is made fresh per row;
	 * the partner "P" manages "managed-op" (supported by the operator) and "managed-pa"
	 * (supported by the partner). When the actor is a managed company, its parent is P.
	 * When the actor is a partner, it takes P's place. "Unrelated" are companies of every
	 * type that have nothing to do with the actor.
	 */
	@ParameterizedTest(
			name = "{0} supported by {1}, {2}: own {3}, partner {4}, managed-op {5}, managed-pa {6}, unrelated {7}")
	@CsvSource(delimiter = '|',
			textBlock = """
					# actor's company | supported by | role              | own  | parent partner | managed (operator) | managed (partner) | unrelated
					DIRECT            | OPERATOR     | COMPANY_ADMIN     | EDIT | -              | -                  | -                 | NONE
					DIRECT            | OPERATOR     | TECHNICAL_ADMIN   | VIEW | -              | -                  | -                 | NONE
					DIRECT            | OPERATOR     | TECHNICAL_CONTACT | VIEW | -              | -                  | -                 | NONE
					DIRECT            | OPERATOR     | FINANCE           | VIEW | -              | -                  | -                 | NONE
					DIRECT            | OPERATOR     | READ_ONLY         | VIEW | -              | -                  | -                 | NONE
					PARTNER           | PARTNER      | COMPANY_ADMIN     | EDIT | -              | EDIT               | VIEW              | NONE
					PARTNER           | PARTNER      | TECHNICAL_ADMIN   | VIEW | -              | NONE               | NONE              | NONE
					PARTNER           | PARTNER      | TECHNICAL_CONTACT | VIEW | -              | NONE               | NONE              | NONE
					PARTNER           | PARTNER      | FINANCE           | VIEW | -              | NONE               | NONE              | NONE
					PARTNER           | PARTNER      | READ_ONLY         | VIEW | -              | NONE               | NONE              | NONE
					PARTNER           | OPERATOR     | COMPANY_ADMIN     | EDIT | -              | EDIT               | VIEW              | NONE
					PARTNER           | OPERATOR     | TECHNICAL_ADMIN   | VIEW | -              | NONE               | NONE              | NONE
					PARTNER           | OPERATOR     | TECHNICAL_CONTACT | VIEW | -              | NONE               | NONE              | NONE
					PARTNER           | OPERATOR     | FINANCE           | VIEW | -              | NONE               | NONE              | NONE
					PARTNER           | OPERATOR     | READ_ONLY         | VIEW | -              | NONE               | NONE              | NONE
					MANAGED           | PARTNER      | COMPANY_ADMIN     | NONE | VIEW           | NONE               | NONE              | NONE
					MANAGED           | PARTNER      | TECHNICAL_ADMIN   | NONE | VIEW           | NONE               | NONE              | NONE
					MANAGED           | PARTNER      | TECHNICAL_CONTACT | NONE | VIEW           | NONE               | NONE              | NONE
					MANAGED           | PARTNER      | FINANCE           | NONE | VIEW           | NONE               | NONE              | NONE
					MANAGED           | PARTNER      | READ_ONLY         | NONE | VIEW           | NONE               | NONE              | NONE
					MANAGED           | OPERATOR     | COMPANY_ADMIN     | NONE | NONE           | NONE               | NONE              | NONE
					MANAGED           | OPERATOR     | TECHNICAL_ADMIN   | NONE | NONE           | NONE               | NONE              | NONE
					MANAGED           | OPERATOR     | TECHNICAL_CONTACT | NONE | NONE           | NONE               | NONE              | NONE
					MANAGED           | OPERATOR     | FINANCE           | NONE | NONE           | NONE               | NONE              | NONE
					MANAGED           | OPERATOR     | READ_ONLY         | NONE | NONE           | NONE               | NONE              | NONE
					DISTRIBUTOR       | -            | COMPANY_ADMIN     | NONE | -              | -                  | -                 | NONE
					DISTRIBUTOR       | -            | TECHNICAL_ADMIN   | NONE | -              | -                  | -                 | NONE
					DISTRIBUTOR       | -            | TECHNICAL_CONTACT | NONE | -              | -                  | -                 | NONE
					DISTRIBUTOR       | -            | FINANCE           | NONE | -              | -                  | -                 | NONE
					DISTRIBUTOR       | -            | READ_ONLY         | NONE | -              | -                  | -                 | NONE
					OPERATOR          | -            | SALES             | -    | -              | EDIT               | EDIT              | EDIT
					OPERATOR          | -            | OPERATOR_ADMIN    | -    | -              | EDIT               | EDIT              | EDIT
					""")
	void whoMayViewAndEditWhose(String actorType, String actorSupportedBy, String role, String own,
			String parentPartner, String managedByOperator, String managedByPartner, String unrelated) {
		AccountType type = AccountType.valueOf(actorType);
		CompanySummary partner = company(100, AccountType.PARTNER, SupportedBy.PARTNER, null);
		CompanySummary actorCompany = switch (type) {
			case MANAGED -> company(200, type, supportedByOf(actorSupportedBy), partner.id());
			case PARTNER -> company(100, type, supportedByOf(actorSupportedBy), null);
			default -> company(200, type, supportedByOf(actorSupportedBy), null);
		};
		CurrentUser actor = new CurrentUser(1, actorCompany.id(), "actor@test.example", "Actor", Role.valueOf(role),
				null, false);

		Map<String, CompanySummary> targets = new LinkedHashMap<>();
		if (!"-".equals(own)) {
			targets.put("own", actorCompany);
		}
		if (!"-".equals(parentPartner)) {
			targets.put("parent partner", partner);
		}
		if (!"-".equals(managedByOperator)) {
			targets.put("managed (operator)", company(101, AccountType.MANAGED, SupportedBy.OPERATOR, partner.id()));
		}
		if (!"-".equals(managedByPartner)) {
			targets.put("managed (partner)", company(102, AccountType.MANAGED, SupportedBy.PARTNER, partner.id()));
		}
		Map<String, String> expected = new LinkedHashMap<>();
		expected.put("own", own);
		expected.put("parent partner", parentPartner);
		expected.put("managed (operator)", managedByOperator);
		expected.put("managed (partner)", managedByPartner);

		List<String> mismatches = new ArrayList<>();
		targets.forEach((name, target) -> {
			Access access = SupportDetailsPolicy.access(actor, actorCompany, target);
			if (access != Access.valueOf(expected.get(name))) {
				mismatches.add(name + ": expected " + expected.get(name) + " but was " + access);
			}
		});
		for (CompanySummary target : unrelatedCompanies()) {
			Access access = SupportDetailsPolicy.access(actor, actorCompany, target);
			if (access != Access.valueOf(unrelated)) {
				mismatches.add("unrelated " + target.name() + ": expected " + unrelated + " but was " + access);
			}
		}
		assertThat(mismatches).isEmpty();
	}

	/** Companies of every kind, none of them the actor's, its partner or its managed. */
	private static List<CompanySummary> unrelatedCompanies() {
		CompanySummary otherPartner = company(300, AccountType.PARTNER, SupportedBy.OPERATOR, null);
		return List.of(company(301, AccountType.DIRECT, SupportedBy.OPERATOR, null), otherPartner,
				company(302, AccountType.PARTNER, SupportedBy.PARTNER, null),
				company(303, AccountType.MANAGED, SupportedBy.OPERATOR, otherPartner.id()),
				company(304, AccountType.MANAGED, SupportedBy.PARTNER, otherPartner.id()),
				company(305, AccountType.DISTRIBUTOR, null, null));
	}

	private static CompanySummary company(long id, AccountType type, SupportedBy supportedBy, Long parentPartnerId) {
		return new CompanySummary(id, type.label() + " " + id, type, supportedBy, parentPartnerId,
				"signup-" + id + "@test.example", Instant.parse("2026-01-01T00:00:00Z"));
	}

	private static SupportedBy supportedByOf(String value) {
		return "-".equals(value) ? null : SupportedBy.valueOf(value);
	}

	private static boolean yes(String value) {
		return "yes".equals(value);
	}

}
