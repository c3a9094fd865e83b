package com.interconnect.portal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.support.TestData;
import com.interconnect.portal.user.domain.UserService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every form is refused without its CSRF token: each state-changing endpoint the portal
 * maps (read from its request mappings, so that a new form is covered the day it is
 * added), plus log-in and log-out, answers 403 before any controller runs, for a
 * signed-in user as for a visitor; with an invalid token too.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CsrfTests {

	private static final Set<RequestMethod> CHANGING = Set.of(RequestMethod.POST, RequestMethod.PUT,
			RequestMethod.PATCH, RequestMethod.DELETE);

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	UserService users;

	@Test
	void everyFormIsRefusedWithoutItsToken() throws Exception {
		CurrentUser admin = this.users.signUp(TestData.unique("Csrf Co"), "Cora Admin", TestData.email("admin"),
				TestData.PASSWORD);
		List<String[]> endpoints = endpoints();
		assertThat(endpoints).as("the portal's forms").hasSizeGreaterThan(20);
		endpoints.add(new String[] { "POST", "/login" });
		endpoints.add(new String[] { "POST", "/logout" });

		List<String> accepted = new ArrayList<>();
		for (String[] endpoint : endpoints) {
			HttpMethod method = HttpMethod.valueOf(endpoint[0]);
			String path = endpoint[1];
			MvcResult signedIn = this.mvc.perform(request(method, path).param("name", "x").with(user(admin)))
				.andReturn();
			MvcResult visitor = this.mvc.perform(request(method, path).param("email", "x")).andReturn();
			MvcResult invalidToken = this.mvc
				.perform(request(method, path).param("name", "x").with(user(admin)).with(csrf().useInvalidToken()))
				.andReturn();
			for (MvcResult result : List.of(signedIn, visitor, invalidToken)) {
				if (result.getResponse().getStatus() != 403 || result.getHandler() != null) {
					accepted.add(method + " " + path + " -> " + result.getResponse().getStatus()
							+ ((result.getHandler() != null) ? " (reached " + result.getHandler() + ")" : ""));
				}
			}
		}
		assertThat(accepted).as("answered without a valid CSRF token").isEmpty();
	}

	/** Each mapped state-changing method and path, path variables filled in with 1. */
	private List<String[]> endpoints() {
		Set<String> found = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (RequestMethod method : methods) {
				if (CHANGING.contains(method)) {
					info.getPathPatternsCondition()
						.getPatternValues()
						.forEach((pattern) -> found.add(method + " " + pattern.replaceAll("\\{[^}]+}", "1")));
				}
			}
		}
		List<String[]> endpoints = new ArrayList<>();
		found.forEach((endpoint) -> endpoints.add(endpoint.split(" ", 2)));
		return endpoints;
	}

}
