package com.interconnect.portal.marketplace.web;

import java.util.List;

import com.interconnect.portal.marketplace.MarketplaceWorld;
import com.interconnect.portal.support.FormErrors;
import com.interconnect.portal.support.TestData;
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
 * The Marketplace's "Request connection" form through the whole web stack and the
 * database: one Save shows every error, each beside its field, and stores nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RequestConnectionWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyErrorIsShownAtOnceAndNothingIsStored() throws Exception {
		MarketplaceWorld world = new MarketplaceWorld(this.context);
		String configurationName = TestData.unique("Nothing stored");

		String html = this.mvc
			.perform(post("/marketplace/ports/{id}/connect", world.providerPort).param("vxcName", "To Nova")
				.param("aEnd", "")
				.param("rateLimitMbps", "0")
				.param("aVlan", "1")
				.param("bVlan", "5000")
				.param("configurationId", "")
				.param("configurationName", configurationName)
				.with(user(world.customerTech))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(FormErrors.of(html).besideFields()).containsOnly(
				entry("aEnd", List.of("Choose the A-end port from the list.")),
				entry("rateLimitMbps", List.of("Enter a rate limit of at least 1 Mbps.")),
				entry("aVlan", List.of("Enter an A-end VLAN from 2 to 4093.")),
				entry("bVlan", List.of("Enter a B-end VLAN from 2 to 4093.")));
		assertThat(this.jdbc.queryForObject("select count(*) from saved_configuration where name = ?", Integer.class,
				configurationName))
			.isZero();
	}

}
