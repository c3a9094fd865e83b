package com.interconnect.portal.marketplace.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.interconnect.portal.marketplace.MarketplaceWorld;
import com.interconnect.portal.ordering.domain.ServicesFixtures;
import com.interconnect.portal.shared.Forbidden;
import com.interconnect.portal.shared.InvalidInputException;
import com.interconnect.portal.shared.NotFoundException;
import com.interconnect.portal.support.TestSmtp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.interconnect.portal.marketplace.MarketplaceWorld.subjectsTo;
import static com.interconnect.portal.marketplace.MarketplaceWorld.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Connection requests end to end against the real database and SMTP (GreenMail): a VXC
 * ordered to another company's listed port waits for approval; the provider accepts (the
 * provisioner takes it LIVE) or denies it, the requester withdraws it, or it expires
 * after a reminder; one decision wins when two are taken at once; the emails of §7
 * arrive, once.
 */
@SpringBootTest
class ConnectionRequestTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	ApprovalService approvals;

	@Autowired
	ApprovalExpiry expiry;

	@Autowired
	JdbcTemplate jdbc;

	MarketplaceWorld world;

	ServicesFixtures services;

	@BeforeAll
	static void smtp() {
		TestSmtp.start();
	}

	@BeforeEach
	void setUp() {
		this.world = new MarketplaceWorld(this.context);
		this.services = new ServicesFixtures(this.context);
	}

	@Test
	void orderingAVxcToAListedPortCreatesAPendingApprovalAndEmailsProviderAndCustomer() {
		long approval = this.world.request(500, 300);
		long vxc = this.world.vxcOfApproval(approval);

		assertThat(this.world.stateOf(vxc)).isEqualTo("AWAITING_APPROVAL");
		assertThat(this.world.statusOf(approval)).isEqualTo("PENDING");
		assertThat(
				this.jdbc.queryForObject("select next_step_at is null from service where id = ?", Boolean.class, vxc))
			.as("not due for the provisioner")
			.isTrue();
		assertThat(this.jdbc.queryForObject(
				"select type || ' ' || customer_company_id || ' ' || provider_company_id || ' ' || rate_limit_mbps"
						+ " || ' ' || requested_by from approval where id = ?",
				String.class, approval))
			.isEqualTo("NEW_ORDER " + this.world.customer.id() + " " + this.world.provider.id() + " 500 "
					+ this.world.customerTech.id());
		// Company Admins, Technical Admins and Technical Contacts subscribe to Ordering
		for (String provider : List.of(this.world.providerAdmin.email(), this.world.providerTech.email(),
				this.world.providerContact.email())) {
			assertThat(subjectsTo(provider, 2))
				.contains("Connection request from " + this.world.customer.name() + " to Nova Sydney");
		}
		String received = textOf(this.world.providerAdmin.email(), "Connection request from");
		assertThat(received).contains("Request: #" + approval, "Customer: " + this.world.customer.name(),
				"B-end: Nova Sydney", "Speed: 500 Mbps", "VLAN 300", this.world.customerTech.fullName(),
				"http://localhost:8080/approvals", "Notification Settings");
		assertThat(subjectsTo(this.world.customerTech.email(), 3))
			.contains("Connection request submitted to " + this.world.providerName);
		assertThat(subjectsTo(this.world.customerAdmin.email(), 3))
			.contains("Connection request submitted to " + this.world.providerName);
		assertThat(TestSmtp.messagesTo(this.world.providerReadOnly.email())).isEmpty();

		ApprovalsPage providerPage = this.approvals.page(this.world.providerAdmin, 0, 0, 0);
		assertThat(providerPage.incoming().getContent()).singleElement().satisfies((row) -> {
			assertThat(row.customerName()).isEqualTo(this.world.customer.name());
			assertThat(row.bEndPort()).isEqualTo("Nova Sydney");
			assertThat(row.rateLimitMbps()).isEqualTo(500);
			assertThat(row.canDecide()).isTrue();
		});
		assertThat(this.approvals.page(this.world.customerTech, 0, 0, 0).outgoing().getContent()).singleElement()
			.satisfies((row) -> assertThat(row.canWithdraw()).isTrue());
		assertThat(this.approvals.pendingCount(this.world.providerReadOnly)).isEqualTo(1);
	}

	@Test
	void acceptedRequestsAreProvisionedAndTheCustomerLearnsTheVxcIsAvailable() {
		long approval = this.world.request(500, 301);
		long vxc = this.world.vxcOfApproval(approval);

		this.approvals.accept(this.world.providerAdmin, approval);

		assertThat(this.world.statusOf(approval)).isEqualTo("APPROVED");
		assertThat(this.world.stateOf(vxc)).isEqualTo("DEPLOYABLE");
		assertThat(textOf(this.world.customerTech.email(), "Connection request accepted"))
			.contains(this.world.providerAdmin.fullName() + " of " + this.world.providerName + " accepted");
		this.services.provisionUntilLive(vxc);
		// the customer's Services subscribers (the requester among them) have
		// ServiceEmails' "VXC available"
		assertThat(subjectsTo(this.world.customerTech.email(), 5))
			.contains("VXC available: To " + this.world.providerName)
			.doesNotContain(
					"VXC available: " + this.world.customer.name() + " to " + this.world.providerName + " Nova Sydney");
		assertThat(subjectsTo(this.world.providerAdmin.email(), 3)).contains(
				"VXC available: " + this.world.customer.name() + " to " + this.world.providerName + " Nova Sydney");
	}

	@Test
	void aDeniedRequestEndsTheVxcAndTellsTheCustomerWhy() {
		long approval = this.world.request(500, 302);
		long vxc = this.world.vxcOfApproval(approval);

		this.approvals.deny(this.world.providerTech, approval, "We only connect 1 Gbps and more.");

		assertThat(this.world.statusOf(approval)).isEqualTo("REJECTED");
		assertThat(this.world.stateOf(vxc)).isEqualTo("DENIED");
		assertThat(this.jdbc.queryForObject("select count(*) from port_vlan where vxc_id = ?", Integer.class, vxc))
			.isZero();
		assertThat(textOf(this.world.customerTech.email(), "Connection request denied"))
			.contains("Reason: We only connect 1 Gbps and more.");
		assertThat(this.approvals.page(this.world.customerTech, 0, 0, 0).history().getContent()).singleElement()
			.satisfies((row) -> assertThat(row.comment()).isEqualTo("We only connect 1 Gbps and more."));
	}

	@Test
	void aLongReasonIsKeptWholeOnTheRequestAndAReasonOverItsColumnIsRefused() {
		long approval = this.world.request(500, 303);
		long vxc = this.world.vxcOfApproval(approval);
		assertThatThrownBy(() -> this.approvals.deny(this.world.providerTech, approval, "x".repeat(1001)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.fieldErrors().get("reason")).contains("at most 1000 characters"));
		assertThat(this.world.statusOf(approval)).isEqualTo("PENDING");

		String reason = "We connect only after a site survey. ".repeat(20).strip();
		this.approvals.deny(this.world.providerTech, approval, reason);

		assertThat(this.world.statusOf(approval)).isEqualTo("REJECTED");
		assertThat(this.world.stateOf(vxc)).isEqualTo("DENIED");
		assertThat(this.approvals.page(this.world.customerTech, 0, 0, 0).history().getContent())
			.anySatisfy((row) -> assertThat(row.comment()).isEqualTo(reason));
		assertThat(this.jdbc.queryForObject("select note from service_event where service_id = ? and state = 'DENIED'",
				String.class, vxc))
			.hasSize(300)
			.startsWith("Denied by")
			.endsWith("…");
	}

	@Test
	void theRequesterWithdrawsAPendingRequest() {
		long approval = this.world.request(200, 303);
		long vxc = this.world.vxcOfApproval(approval);

		assertThatThrownBy(() -> this.approvals.withdraw(this.world.providerAdmin, approval))
			.isInstanceOf(Forbidden.class);
		this.approvals.withdraw(this.world.customerTech, approval);

		assertThat(this.world.statusOf(approval)).isEqualTo("WITHDRAWN");
		assertThat(this.world.stateOf(vxc)).isEqualTo("CANCELLED");
		assertThatThrownBy(() -> this.approvals.accept(this.world.providerAdmin, approval))
			.isInstanceOf(AlreadyDecidedException.class)
			.hasMessageStartingWith("This request was already withdrawn by " + this.world.customerTech.fullName());
	}

	@Test
	void theProviderIsRemindedOnceAndTheRequestExpiresAfterItsTime() {
		long approval = this.world.request(100, 304);
		long vxc = this.world.vxcOfApproval(approval);

		this.world.expiresAt(approval, Instant.now().plus(Duration.ofDays(1)));
		this.expiry.runOnce();
		this.expiry.runOnce();
		assertThat(this.world.statusOf(approval)).isEqualTo("PENDING");
		assertThat(textOf(this.world.providerAdmin.email(), "Reminder: connection request from"))
			.contains("Request: #" + approval);

		this.world.expiresAt(approval, Instant.now().minusSeconds(1));
		this.expiry.runOnce();

		assertThat(this.world.statusOf(approval)).isEqualTo("EXPIRED");
		assertThat(this.world.stateOf(vxc)).isEqualTo("EXPIRED");
		assertThat(textOf(this.world.customerTech.email(), "Connection request expired")).contains("did not answer");
		assertThat(subjectsTo(this.world.providerAdmin.email(), 2)).filteredOn((s) -> s.startsWith("Reminder"))
			.hasSize(1);
	}

	@Test
	void onlyTheProvidersAdminsDecideAndOtherCompaniesDoNotSeeTheRequest() {
		long approval = this.world.request(100, 305);
		MarketplaceWorld other = new MarketplaceWorld(this.context);

		assertThatThrownBy(() -> this.approvals.accept(this.world.providerContact, approval))
			.isInstanceOf(Forbidden.class);
		assertThatThrownBy(() -> this.approvals.deny(this.world.providerReadOnly, approval, null))
			.isInstanceOf(Forbidden.class);
		assertThatThrownBy(() -> this.approvals.accept(this.world.customerTech, approval))
			.isInstanceOf(Forbidden.class);
		assertThatThrownBy(() -> this.approvals.accept(other.providerAdmin, approval))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.approvals.withdraw(other.customerTech, approval))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.approvals.page(this.world.providerContact, 0, 0, 0).incoming().getContent()).singleElement()
			.satisfies((row) -> assertThat(row.canDecide()).isFalse());
		assertThat(this.world.statusOf(approval)).isEqualTo("PENDING");
	}

	@Test
	void theHistoryMergesBothSidesLatestFirstPageByPage() {
		long accepted = this.world.request(100, 330);
		this.approvals.accept(this.world.providerAdmin, accepted);
		long denied = this.world.request(100, 331);
		this.approvals.deny(this.world.providerAdmin, denied, null);
		// 24 requests decided long ago in which the provider was the customer (the same
		// rows, sides swapped)
		this.jdbc.update("""
				insert into approval (type, status, vxc_id, customer_company_id, provider_company_id, a_end_port_id,
				  b_end_port_id, rate_limit_mbps, a_vlan, b_vlan, requested_by, requested_by_name, requested_at,
				  expires_at, decided_by_name, decided_at)
				select type, 'REJECTED', vxc_id, provider_company_id, customer_company_id, a_end_port_id, b_end_port_id,
				  rate_limit_mbps, a_vlan, b_vlan, requested_by, requested_by_name, requested_at, expires_at,
				  'Someone', now() - make_interval(days => n)
				from approval, generate_series(1, 24) n where approval.id = ?""", accepted);

		ApprovalsPage first = this.approvals.page(this.world.providerAdmin, 0, 0, 0);
		ApprovalsPage second = this.approvals.page(this.world.providerAdmin, 0, 0, 1);

		assertThat(first.history().getTotalElements()).isEqualTo(26);
		assertThat(first.history().getContent()).hasSize(20);
		assertThat(second.history().getContent()).hasSize(6);
		List<ApprovalRow> rows = new ArrayList<>(first.history().getContent());
		rows.addAll(second.history().getContent());
		assertThat(rows).extracting(ApprovalRow::decidedAt).isSortedAccordingTo(Comparator.reverseOrder());
		assertThat(rows.subList(0, 2)).extracting(ApprovalRow::id).containsExactlyInAnyOrder(accepted, denied);
		assertThat(rows).extracting(ApprovalRow::id).doesNotHaveDuplicates();
		assertThat(rows.subList(2, 26))
			.allSatisfy((row) -> assertThat(row.customerName()).isEqualTo(this.world.provider.name()));
	}

	@Test
	void whenTwoAdminsDecideAtOnceExactlyOneWinsAndOneSetOfEmailsIsSent() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 4; round++) {
				long approval = this.world.request(100, 310 + round);
				CountDownLatch start = new CountDownLatch(1);
				List<Callable<String>> decisions = List.of(() -> {
					start.await();
					this.approvals.accept(this.world.providerAdmin, approval);
					return "accepted";
				}, () -> {
					start.await();
					this.approvals.deny(this.world.providerTech, approval, "No.");
					return "denied";
				});
				List<Future<String>> futures = new ArrayList<>();
				decisions.forEach((decision) -> futures.add(threads.submit(decision)));
				start.countDown();
				List<String> won = new ArrayList<>();
				List<Throwable> lost = new ArrayList<>();
				for (Future<String> future : futures) {
					try {
						won.add(future.get());
					}
					catch (java.util.concurrent.ExecutionException ex) {
						lost.add(ex.getCause());
					}
				}
				assertThat(won).hasSize(1);
				assertThat(lost).singleElement()
					.isInstanceOf(AlreadyDecidedException.class)
					.extracting(Throwable::getMessage)
					.asString()
					.startsWith("This request was already " + won.get(0) + " by ");
				assertThat(this.world.statusOf(approval))
					.isEqualTo(won.get(0).equals("accepted") ? "APPROVED" : "REJECTED");
				assertThat(this.jdbc.queryForObject(
						"select count(*) from approval where id = ? and decided_at is not null", Integer.class,
						approval))
					.isEqualTo(1);
			}
		}
		finally {
			threads.shutdownNow();
		}
		// one decision email per request to the requester: four rounds, four emails
		assertThat(decisionEmailsTo(this.world.customerTech.email())).isEqualTo(4);
	}

	private int decisionEmailsTo(String email) {
		return this.jdbc.queryForObject(
				"select count(*) from outbound_email where recipient = lower(?)"
						+ " and event_type in ('CONNECTION_REQUEST_ACCEPTED', 'CONNECTION_REQUEST_DENIED')",
				Integer.class, email);
	}

}
