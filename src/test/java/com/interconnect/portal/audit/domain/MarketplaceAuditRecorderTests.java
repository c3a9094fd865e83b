package com.interconnect.portal.audit.domain;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.interconnect.portal.marketplace.MarketplaceWorld;
import com.interconnect.portal.marketplace.domain.AlreadyDecidedException;
import com.interconnect.portal.marketplace.domain.ApprovalExpiry;
import com.interconnect.portal.marketplace.domain.ApprovalService;
import com.interconnect.portal.marketplace.domain.ProfileData;
import com.interconnect.portal.marketplace.domain.ProfileService;
import com.interconnect.portal.marketplace.domain.ServiceType;
import com.interconnect.portal.support.TestClock;
import com.interconnect.portal.support.TestSmtp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every decided connection request leaves one audit entry in the log of each of its two
 * companies, and every change of a Marketplace profile one entry with the fields that
 * changed, written in the transaction of the change.
 */
@SpringBootTest
class MarketplaceAuditRecorderTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	ApprovalService approvals;

	@Autowired
	ApprovalExpiry expiry;

	@Autowired
	ProfileService profiles;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	MarketplaceWorld world;

	@BeforeAll
	static void smtp() {
		TestSmtp.start();
	}

	@BeforeEach
	void setUp() {
		this.world = new MarketplaceWorld(this.context);
	}

	@AfterEach
	void realTime() {
		TestClock.reset();
	}

	@Test
	void eachDecisionIsRecordedForTheProviderAndTheCustomer() {
		long accepted = this.world.request(500, 310);
		long denied = this.world.request(200, 311);
		long withdrawn = this.world.request(100, 312);
		long expired = this.world.request(100, 313);

		this.approvals.accept(this.world.providerAdmin, accepted);
		this.approvals.deny(this.world.providerTech, denied, "Sydney is full this month.");
		this.approvals.withdraw(this.world.customerTech, withdrawn);
		TestClock.advance(Duration.ofDays(30).plusMinutes(1));
		this.expiry.runOnce();

		for (long companyId : List.of(this.world.provider.id(), this.world.customer.id())) {
			assertThat(entries(companyId, "CONNECTION_REQUEST_ACCEPTED")).singleElement()
				.satisfies((entry) -> assertThat(entry).containsEntry("actor_user_id", this.world.providerAdmin.id())
					.containsEntry("actor_name", this.world.providerAdmin.fullName())
					.containsEntry("subject",
							"Connection request #" + accepted + ": " + this.world.customer.name() + " to "
									+ this.world.providerName + " Nova Sydney, 500 Mbps")
					.containsEntry("old_value", "Pending")
					.containsEntry("new_value", "Accepted"));
			assertThat(entries(companyId, "CONNECTION_REQUEST_DENIED")).singleElement()
				.satisfies((entry) -> assertThat(entry).containsEntry("actor_name", this.world.providerTech.fullName())
					.containsEntry("new_value", "Denied: Sydney is full this month."));
			assertThat(entries(companyId, "CONNECTION_REQUEST_WITHDRAWN")).singleElement()
				.satisfies((entry) -> assertThat(entry).containsEntry("actor_name", this.world.customerTech.fullName())
					.containsEntry("subject",
							"Connection request #" + withdrawn + ": " + this.world.customer.name() + " to "
									+ this.world.providerName + " Nova Sydney, 100 Mbps")
					.containsEntry("new_value", "Withdrawn"));
			assertThat(entries(companyId, "CONNECTION_REQUEST_EXPIRED")).singleElement()
				.satisfies((entry) -> assertThat(entry).containsEntry("actor_user_id", null)
					.containsEntry("actor_name", MarketplaceAuditRecorder.EXPIRY)
					.containsEntry("new_value", "Expired"));
		}
		// a second decision is refused and leaves no second entry
		assertThatThrownBy(() -> this.approvals.deny(this.world.providerTech, accepted, null))
			.isInstanceOf(AlreadyDecidedException.class);
		assertThat(entries(this.world.provider.id(), "CONNECTION_REQUEST_ACCEPTED")).hasSize(1);
		assertThat(entries(this.world.provider.id(), "CONNECTION_REQUEST_DENIED")).hasSize(1);
	}

	@Test
	void aProfileAddedAndChangedIsRecordedWithTheFieldsThatChanged() {
		assertThat(entries(this.world.provider.id(), "MARKETPLACE_PROFILE_ADDED")).singleElement()
			.satisfies((entry) -> assertThat(entry).containsEntry("actor_user_id", this.world.providerAdmin.id())
				.containsEntry("actor_name", this.world.providerAdmin.fullName())
				.containsEntry("subject", "Marketplace profile")
				.containsEntry("old_value", null)
				.containsEntry("new_value",
						"Display name: " + this.world.providerName + "; Description: Cloud compute in Sydney.;"
								+ " Service types: Cloud; Website: —; Contact email: " + contactEmail()
								+ "; Listed ports: Nova Sydney; Visible: Yes"));

		// saved unchanged: nothing to record
		this.profiles.save(this.world.providerAdmin, profile("Cloud compute in Sydney.", Set.of(ServiceType.CLOUD)));
		assertThat(entries(this.world.provider.id(), "MARKETPLACE_PROFILE_CHANGED")).isEmpty();

		this.profiles.save(this.world.providerAdmin,
				profile("Cloud and SaaS in Sydney.", Set.of(ServiceType.CLOUD, ServiceType.SAAS)));
		assertThat(entries(this.world.provider.id(), "MARKETPLACE_PROFILE_CHANGED")).singleElement()
			.satisfies((entry) -> assertThat(entry).containsEntry("actor_user_id", this.world.providerAdmin.id())
				.containsEntry("old_value", "Description: Cloud compute in Sydney.; Service types: Cloud")
				.containsEntry("new_value", "Description: Cloud and SaaS in Sydney.; Service types: Cloud, SaaS"));
		// only the provider's log
		assertThat(entries(this.world.customer.id(), "MARKETPLACE_PROFILE_CHANGED")).isEmpty();
	}

	@Test
	void aProfileChangeThatRollsBackLeavesNoEntry() {
		this.transactions.executeWithoutResult((status) -> {
			this.profiles.save(this.world.providerAdmin, profile("Rolled back.", Set.of(ServiceType.CLOUD)));
			assertThat(entries(this.world.provider.id(), "MARKETPLACE_PROFILE_CHANGED")).hasSize(1);
			status.setRollbackOnly();
		});

		assertThat(entries(this.world.provider.id(), "MARKETPLACE_PROFILE_CHANGED")).isEmpty();
	}

	private ProfileData profile(String description, Set<ServiceType> types) {
		return new ProfileData(this.world.providerName, description, types, null, contactEmail(),
				Set.of(this.world.providerPort), true);
	}

	private String contactEmail() {
		return this.jdbc.queryForObject("select contact_email from marketplace_profile where company_id = ?",
				String.class, this.world.provider.id());
	}

	private List<Map<String, Object>> entries(long companyId, String action) {
		return this.jdbc.queryForList("select actor_user_id, actor_name, subject, old_value, new_value from audit_entry"
				+ " where company_id = ? and action = ? order by id", companyId, action);
	}

}
