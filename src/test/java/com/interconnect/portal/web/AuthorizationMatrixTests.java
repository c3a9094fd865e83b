package com.interconnect.portal.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SupportedBy;
import com.interconnect.portal.catalog.PortSpeed;
import com.interconnect.portal.catalog.Term;
import com.interconnect.portal.ordering.domain.ConfigurationService;
import com.interconnect.portal.ordering.domain.PortDesign;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.Fixtures;
import com.interconnect.portal.support.TestData;
import com.interconnect.portal.support.TestSmtp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Who may call what (product.md §8), generated from the request mappings: every endpoint
 * is called by every role of the company its ids belong to, by the operator's Sales and
 * Operator Admin, by the same roles of a foreign company, and anonymously. Each endpoint
 * has a row below with the answer each role gets; a new endpoint without a row fails the
 * build. A foreign company never gets a 2xx or a redirect (403 or 404), an anonymous
 * caller is sent to the log-in page unless the page is public, and nothing answers 5xx.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuthorizationMatrixTests {

	/** The roles in the order of a row's answers. */
	private static final List<Role> ROLES = List.of(Role.COMPANY_ADMIN, Role.TECHNICAL_ADMIN, Role.TECHNICAL_CONTACT,
			Role.FINANCE, Role.READ_ONLY, Role.SALES, Role.OPERATOR_ADMIN);

	/**
	 * Each endpoint: whose ids its path holds (customer, provider, partner, operator,
	 * none; "public" when anyone may call it logged out), then the answer of each of
	 * {@link #ROLES} of that company (spaces only for reading): o = a 2xx, a redirect
	 * within the portal, or a 409/410 (allowed, but the state refuses it), f = 403, n =
	 * 404, v = 200 with the form's errors: the request (sent without a body) is refused
	 * as invalid before the service's permission check runs, and nothing is stored (see
	 * {@link FormFuzzTests}).
	 */
	private static final Map<String, String> EXPECTED = expected();

	private static Map<String, String> expected() {
		Map<String, String> rows = new LinkedHashMap<>();
		// a page everyone opens
		rows.put("GET /", "none ooooooo");
		rows.put("GET /login", "public ooooooo");
		rows.put("GET /signup", "public ooooooo");
		rows.put("POST /signup", "public ooooooo");
		rows.put("GET /invitations/{token}", "public ooooooo");
		rows.put("POST /invitations/{token}", "public ooooooo");
		rows.put("GET /catalog/prices", "none ooooooo");
		rows.put("GET /company/settings", "none ooooooo");
		rows.put("GET /notifications", "none ooooooo");
		rows.put("POST /notifications/read", "none ooooooo");
		rows.put("GET /notifications/{id}", "customer onnnnnn");
		rows.put("GET /account/notifications", "none ooooooo");
		rows.put("POST /account/notifications", "none oooff ff");
		// Manage Users: Company Admins, and Operator Admins for the operator's staff
		rows.put("GET /company/users", "none offfffo");
		rows.put("GET /company/users/invite", "none offfffo");
		rows.put("POST /company/users/invite", "none ovvvv vo");
		rows.put("GET /company/users/{id}", "customer offfffn");
		rows.put("POST /company/users/{id}/role", "customer offfffn");
		rows.put("POST /company/users/{id}/deactivate", "customer offfffn");
		rows.put("POST /company/users/{id}/resend-invitation", "customer offfffn");
		rows.put("GET /company/audit-log", "none offfffo");
		// the back office
		rows.put("GET /operator/companies", "none fffffoo");
		rows.put("GET /operator/companies/new", "none fffffoo");
		rows.put("POST /operator/companies", "none fffffoo");
		rows.put("GET /operator/companies/{id}", "operator fffffoo");
		rows.put("POST /operator/companies/{id}/first-admin", "operator fffffoo");
		rows.put("GET /operator/email-log", "none ffffffo");
		rows.put("GET /operator/email-log/{id}", "operator ffffffo");
		rows.put("POST /operator/email-log/{id}/resend", "operator ffffffo");
		rows.put("GET /operator/service-status", "none ffffffo");
		rows.put("POST /operator/service-status", "none ffffffo");
		// billing markets and support details of a company
		rows.put("GET /companies/{companyId}/billing-markets", "customer ooooooo");
		rows.put("GET /companies/{companyId}/billing-markets/new", "customer offofoo");
		rows.put("POST /companies/{companyId}/billing-markets", "customer offofoo");
		rows.put("GET /companies/{companyId}/billing-markets/{id}", "customer ooooo oo");
		rows.put("POST /companies/{companyId}/billing-markets/{id}", "customer offofoo");
		rows.put("GET /company/support-details", "none ooooo ff");
		rows.put("GET /companies/{companyId}/support-details", "customer ooooooo");
		rows.put("POST /companies/{companyId}/support-details", "customer offffoo");
		// a partner's managed accounts
		rows.put("GET /company/managed-accounts", "partner offff ff");
		rows.put("GET /company/managed-accounts/new", "partner offff ff");
		rows.put("POST /company/managed-accounts", "partner offff ff");
		rows.put("GET /company/managed-accounts/{id}", "partner offff ff");
		// services and saved configurations
		rows.put("GET /services", "none ooooo ff");
		rows.put("GET /services/{id}", "customer oooooff");
		rows.put("POST /services/{id}/speed", "customer oofffff");
		rows.put("POST /services/{id}/cancel", "customer oofffff");
		rows.put("GET /configurations", "none oooooff");
		rows.put("POST /configurations", "none ooovv ff");
		rows.put("GET /configurations/{id}", "customer oooooff");
		rows.put("POST /configurations/{id}", "customer ooovv ff");
		rows.put("POST /configurations/{id}/order", "customer oofff nn");
		rows.put("POST /configurations/{id}/ports", "customer ooovv ff");
		rows.put("POST /configurations/{id}/vxcs", "customer oooff ff");
		rows.put("GET /configurations/{id}/items/{itemId}", "customer oooooff");
		rows.put("POST /configurations/{id}/ports/{itemId}", "customer ooovv ff");
		rows.put("POST /configurations/{id}/vxcs/{itemId}", "customer nnnff ff");
		rows.put("POST /configurations/{id}/items/{itemId}/remove", "customer oooff ff");
		// the Marketplace, approvals and service keys
		rows.put("GET /marketplace", "none oooooff");
		rows.put("GET /marketplace/providers/{id}", "none oooooff");
		rows.put("GET /marketplace/ports/{portId}/connect", "none oooffff");
		rows.put("POST /marketplace/ports/{portId}/connect", "none oooffff");
		rows.put("GET /marketplace/service-key", "none oooffff");
		rows.put("POST /marketplace/service-key", "none oooffff");
		rows.put("GET /company/marketplace-profile", "none oooooff");
		rows.put("POST /company/marketplace-profile", "none ovvvv ff");
		rows.put("GET /company/service-keys", "none oofffff");
		rows.put("POST /company/service-keys", "none oofffff");
		rows.put("GET /company/service-keys/{id}", "provider oofffff");
		rows.put("POST /company/service-keys/{id}/deactivate", "provider oofffff");
		rows.put("GET /approvals", "none oooooff");
		rows.put("POST /approvals/{id}/accept", "provider ooff fff");
		rows.put("POST /approvals/{id}/deny", "provider ooff fff");
		rows.put("POST /approvals/{id}/withdraw", "customer ooff fff");
		return rows;
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@BeforeAll
	static void smtp() {
		TestSmtp.start();
	}

	@Test
	void everyEndpointAnswersEachRoleOwnAndForeignCompanyAndAnonymousAsItsRowSays() throws Exception {
		PortalWorld world = new PortalWorld(this.context);
		Fixtures fixtures = world.fixtures();
		Map<String, Map<Role, CurrentUser>> owners = new LinkedHashMap<>();
		owners.put("customer", staffOf(fixtures, world.customer, world.customerAdmin));
		owners.put("provider", staffOf(fixtures, world.marketplace.provider, world.providerAdmin));
		owners.put("partner", staffOf(fixtures, world.partner, world.partnerAdmin));
		owners.put("none", owners.get("customer"));
		owners.put("public", owners.get("customer"));
		owners.put("operator", owners.get("customer"));
		CompanySummary stranger = fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		Map<Role, CurrentUser> foreign = staffOf(fixtures, stranger, fixtures.user(stranger, Role.COMPANY_ADMIN));

		List<Endpoint> endpoints = endpoints();
		Set<String> withoutRow = new TreeSet<>();
		for (Endpoint endpoint : endpoints) {
			if (!EXPECTED.containsKey(endpoint.key())) {
				withoutRow.add(endpoint.key());
			}
		}
		assertThat(withoutRow).as("endpoints without a row in AuthorizationMatrixTests").isEmpty();

		List<String> failures = new ArrayList<>();
		int requests = 0;
		// every page first, then the changes (which may end what a page shows), the order
		// (which makes the configuration read-only) last
		List<Endpoint> ordered = new ArrayList<>(endpoints);
		ordered.sort(Comparator.comparingInt((Endpoint endpoint) -> (endpoint.method() == HttpMethod.GET) ? 0
				: endpoint.pattern().endsWith("/order") ? 2 : 1));
		for (Endpoint endpoint : ordered) {
			String[] row = EXPECTED.get(endpoint.key()).split(" ", 2);
			String owner = row[0];
			String codes = row[1].replace(" ", "");
			assertThat(codes).as(endpoint.key()).hasSize(ROLES.size());
			for (int index = 0; index < ROLES.size(); index++) {
				Role role = ROLES.get(index);
				CurrentUser actor = isOperatorStaff(role) ? operatorStaff(world, role) : owners.get(owner).get(role);
				char expected = codes.charAt(index);
				String answer = answerOf(call(endpoint, pathOf(world, endpoint), actor));
				requests++;
				boolean asExpected = (expected == 'v') ? answer.equals("o 200") : answer.charAt(0) == expected;
				if (!asExpected) {
					failures.add(endpoint.key() + " as " + role + " of " + owner + ": expected " + expected + ", got "
							+ answer);
				}
				if (!isOperatorStaff(role) && !owner.equals("none") && !owner.equals("public")) {
					String foreignAnswer = answerOf(call(endpoint, pathOf(world, endpoint), foreign.get(role)));
					requests++;
					if (foreignAnswer.charAt(0) != 'f' && foreignAnswer.charAt(0) != 'n') {
						failures.add(endpoint.key() + " as " + role + " of a foreign company: got " + foreignAnswer);
					}
				}
			}
			String anonymous = answerOf(call(endpoint, pathOf(world, endpoint), null));
			requests++;
			char expectedAnonymous = owner.equals("public") ? 'o' : 'l';
			if (anonymous.charAt(0) != expectedAnonymous) {
				failures.add(endpoint.key() + " anonymously: expected " + expectedAnonymous + ", got " + anonymous);
			}
		}
		System.out.println("Authorization matrix: " + endpoints.size() + " endpoints, " + requests + " requests");
		assertThat(failures).as(String.join("\n", failures)).isEmpty();
	}

	private static Map<Role, CurrentUser> staffOf(Fixtures fixtures, CompanySummary company, CurrentUser admin) {
		Map<Role, CurrentUser> staff = new LinkedHashMap<>();
		staff.put(Role.COMPANY_ADMIN, admin);
		for (Role role : List.of(Role.TECHNICAL_ADMIN, Role.TECHNICAL_CONTACT, Role.FINANCE, Role.READ_ONLY)) {
			staff.put(role, fixtures.user(company, role));
		}
		return staff;
	}

	/**
	 * The endpoint's path in the world; removing an item gets an item of its own each
	 * time, so that each role's answer is about its role, not about an item gone.
	 */
	private String pathOf(PortalWorld world, Endpoint endpoint) {
		Map<String, Object> variables = new LinkedHashMap<>(world.variablesOf(endpoint.pattern()));
		if (endpoint.pattern().endsWith("/items/{itemId}/remove")) {
			variables.put("itemId",
					this.context.getBean(ConfigurationService.class)
						.addPort(world.customerAdmin, world.configuration, new PortDesign(TestData.unique("Spare"),
								world.marketplace.sydney().id(), PortSpeed.ONE_GBPS, Term.MONTHLY)));
		}
		return new UriTemplate(endpoint.pattern()).expand(variables).toString();
	}

	private static boolean isOperatorStaff(Role role) {
		return role == Role.SALES || role == Role.OPERATOR_ADMIN;
	}

	private static CurrentUser operatorStaff(PortalWorld world, Role role) {
		return (role == Role.SALES) ? world.sales : world.operatorAdmin;
	}

	/** o: 2xx or a redirect within the portal; l: to the log-in page; f: 403; n: 404. */
	private static String answerOf(MockHttpServletResponse response) {
		int status = response.getStatus();
		String location = response.getRedirectedUrl();
		if (status >= 500) {
			return "x " + status;
		}
		if (status == 403) {
			return "f";
		}
		if (status == 404) {
			return "n";
		}
		if (status == 409 || status == 410) {
			return "o " + status;
		}
		if (status >= 300 && status < 400 && location != null && location.contains("/login")
				&& !location.contains("/login?logout")) {
			return "l " + location;
		}
		if (status < 400) {
			return "o " + status;
		}
		return "? " + status;
	}

	private MockHttpServletResponse call(Endpoint endpoint, String path, CurrentUser actor) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(endpoint.method(), path);
		if (endpoint.method() != HttpMethod.GET) {
			request.with(csrf());
		}
		if (actor != null) {
			request.with(user(actor));
		}
		try {
			return this.mvc.perform(request).andReturn().getResponse();
		}
		catch (Exception ex) {
			MockHttpServletResponse failed = new MockHttpServletResponse();
			failed.setStatus(500);
			return failed;
		}
	}

	private List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (pattern.equals("/error")) {
					continue;
				}
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					endpoints.add(new Endpoint(method.asHttpMethod(), pattern));
				}
			}
		}
		return endpoints;
	}

	record Endpoint(HttpMethod method, String pattern) {

		String key() {
			return this.method.name() + " " + this.pattern;
		}

	}

}
