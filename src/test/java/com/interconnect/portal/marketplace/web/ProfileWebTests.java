package com.interconnect.portal.marketplace.web;

import java.util.List;
import java.util.Map;

import com.interconnect.portal.marketplace.MarketplaceWorld;
import com.interconnect.portal.support.FormErrors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Company > Marketplace Profile's errors through the whole web stack and the database.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProfileWebTests {

	private static final String DISPLAY_NAME = "Enter a display name of 2 to 100 characters.";

	private static final String WEBSITE = "Enter the website's address starting with https:// (or leave it empty).";

	private static final String CONTACT_EMAIL = "Enter a contact email such as partners@example.com.";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	MarketplaceWorld world;

	@BeforeEach
	void setUp() {
		this.world = new MarketplaceWorld(this.context);
	}

	@Test
	void oneSaveShowsEveryFieldsErrorOnceAndStoresNothing() throws Exception {
		Map<String, Object> before = stored();

		String html = this.mvc
			.perform(post("/company/marketplace-profile").param("displayName", "")
				.param("description", "Cloud compute in Sydney.")
				.param("serviceTypes", "CLOUD")
				.param("website", "not a website")
				.param("contactEmail", "bad")
				.param("portIds", String.valueOf(this.world.providerPort))
				.param("visible", "true")
				.with(user(this.world.providerAdmin))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		FormErrors errors = FormErrors.of(html);
		assertThat(errors.summary()).containsExactly(DISPLAY_NAME, WEBSITE, CONTACT_EMAIL);
		assertThat(errors.besideFields()).containsExactly(entry("displayName", List.of(DISPLAY_NAME)),
				entry("website", List.of(WEBSITE)), entry("contactEmail", List.of(CONTACT_EMAIL)));
		assertThat(stored()).isEqualTo(before);
	}

	private Map<String, Object> stored() {
		return this.jdbc.queryForMap(
				"select display_name, website, contact_email, updated_at from marketplace_profile where company_id = ?",
				this.world.provider.id());
	}

}
