package com.interconnect.portal.marketplace.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

import com.interconnect.portal.marketplace.MarketplaceWorld;
import com.interconnect.portal.ordering.domain.ServicesFixtures;
import com.interconnect.portal.shared.Forbidden;
import com.interconnect.portal.shared.InvalidInputException;
import com.interconnect.portal.shared.JobItems;
import com.interconnect.portal.shared.NotFoundException;
import com.interconnect.portal.support.Outbox;
import com.interconnect.portal.support.Race;
import com.interconnect.portal.support.TestClock;
import com.interconnect.portal.support.TestSmtp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.interconnect.portal.marketplace.MarketplaceWorld.subjectTo;
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

	Outbox outbox;

	@BeforeAll
	static void smtp() {
		TestSmtp.start();
	}

	@BeforeEach
	void setUp() {
		this.world = new MarketplaceWorld(this.context);
		this.services = new ServicesFixtures(this.context);
		this.outbox = new Outbox(this.jdbc);
	}

	@AfterEach
	void realTime() {
		TestClock.reset();
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
			assertThat(this.outbox.subjectsTo(provider))
				.filteredOn((subject) -> subject.startsWith("Connection request"))
				.containsExactly("Connection request from " + this.world.customer.name() + " to Nova Sydney");
		}
		String received = textOf(this.world.providerAdmin.email(), "Connection request from");
		assertThat(received).contains("Request: #" + approval, "Customer: " + this.world.customer.name(),
				"B-end: Nova Sydney", "Speed: 500 Mbps", "VLAN 300", this.world.customerTech.fullName(),
				"http://localhost:8080/approvals", "Notification Settings");
		for (String customer : List.of(this.world.customerTech.email(), this.world.customerAdmin.email())) {
			assertThat(this.outbox.subjectsTo(customer))
				.filteredOn((subject) -> subject.startsWith("Connection request"))
				.containsExactly("Connection request submitted to " + this.world.providerName);
		}
		assertThat(this.outbox.subjectsTo(this.world.providerReadOnly.email())).isEmpty();
		assertThat(subjectTo(this.world.customerTech.email(), "Connection request submitted"))
			.isEqualTo("Connection request submitted to " + this.world.providerName);

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
		assertThat(this.outbox.subjectsTo(this.world.customerTech.email()))
			.filteredOn((subject) -> subject.startsWith("VXC available"))
			.containsExactly("VXC available: To " + this.world.providerName);
		assertThat(this.outbox.subjectsTo(this.world.providerAdmin.email()))
			.filteredOn((subject) -> subject.startsWith("VXC available"))
			.containsExactly(
					"VXC available: " + this.world.customer.name() + " to " + this.world.providerName + " Nova Sydney");
		assertThat(subjectTo(this.world.providerAdmin.email(), "VXC available")).isEqualTo(
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
		// two days later, so that "at" can only be the time of the withdrawal
		TestClock.advance(Duration.ofDays(2));
		Instant before = TestClock.now();
		this.approvals.withdraw(this.world.customerTech, approval);
		Instant after = TestClock.now();
		Instant decidedAt = this.jdbc
			.queryForObject("select decided_at from approval where id = ?", java.sql.Timestamp.class, approval)
			.toInstant();

		assertThat(this.world.statusOf(approval)).isEqualTo("WITHDRAWN");
		assertThat(this.world.stateOf(vxc)).isEqualTo("CANCELLED");
		assertThatThrownBy(() -> this.approvals.accept(this.world.providerAdmin, approval))
			.isInstanceOf(AlreadyDecidedException.class)
			.hasMessage("This request was already withdrawn by " + this.world.customerTech.fullName() + " at "
					+ Approval.TIME.format(decidedAt) + ".");
		assertThat(decidedAt).isBetween(before.truncatedTo(ChronoUnit.MICROS), after);
	}

	/**
	 * A request whose expiry cannot be written (here a trigger refuses its row) fails on
	 * its own: the others expire, and after five failures in a row it is set aside with a
	 * WARN line, no longer tried.
	 */
	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void aRequestWhoseExpiryFailsIsSetAsideAfterFiveFailuresWhileTheOthersExpire(CapturedOutput output) {
		long broken = this.world.request(100, 305);
		long fine = this.world.request(100, 306);
		this.jdbc.execute("create or replace function refuse_approval_expiry() returns trigger language plpgsql as $$"
				+ " begin raise exception 'expiry refused for approval %', old.id; end $$");
		this.jdbc.execute("create trigger refuse_approval_expiry before update on approval for each row when (old.id = "
				+ broken + " and new.status <> old.status) execute function refuse_approval_expiry()");
		try {
			TestClock.advance(Duration.ofDays(31));
			for (int attempt = 0; attempt < JobItems.MAX_FAILURES; attempt++) {
				this.expiry.runOnce();
				// past the wait before a failed item is tried again
				TestClock.advance(Duration.ofMinutes(6));
			}
			this.expiry.runOnce();

			assertThat(this.world.statusOf(fine)).isEqualTo("EXPIRED");
			assertThat(this.world.statusOf(broken)).isEqualTo("PENDING");
			assertThat(this.jdbc
				.queryForMap("select failures, set_aside_at is not null as set_aside, last_error from job_item"
						+ " where job = 'approval-expiry' and item_id = ?", broken))
				.containsEntry("failures", JobItems.MAX_FAILURES)
				.containsEntry("set_aside", true)
				.satisfies((row) -> assertThat((String) row.get("last_error")).contains("expiry refused for approval"));
			assertThat(output)
				.contains("Background job approval-expiry set item " + broken + " aside after 5 failures");
		}
		finally {
			this.jdbc.execute("drop trigger refuse_approval_expiry on approval");
			this.jdbc.execute("drop function refuse_approval_expiry()");
		}
	}

	@Test
	void theProviderIsRemindedOnceAndTheRequestExpiresAfterItsTime() {
		long approval = this.world.request(100, 304);
		long vxc = this.world.vxcOfApproval(approval);

		// the reminder is due 3 days before the 30 days are up
		TestClock.advance(Duration.ofDays(26));
		this.expiry.runOnce();
		assertThat(this.outbox.count(this.world.providerAdmin.email(), "Reminder:")).as("not yet").isZero();
		TestClock.advance(Duration.ofDays(1).plusMinutes(1));
		this.expiry.runOnce();
		this.expiry.runOnce();
		assertThat(this.world.statusOf(approval)).isEqualTo("PENDING");
		assertThat(textOf(this.world.providerAdmin.email(), "Reminder: connection request from"))
			.contains("Request: #" + approval);

		TestClock.advance(Duration.ofDays(3));
		this.expiry.runOnce();

		assertThat(this.world.statusOf(approval)).isEqualTo("EXPIRED");
		assertThat(this.world.stateOf(vxc)).isEqualTo("EXPIRED");
		assertThat(textOf(this.world.customerTech.email(), "Connection request expired")).contains("did not answer");
		// the two runs before the expiry and the one after it reminded once
		assertThat(this.outbox.count(this.world.providerAdmin.email(), "Reminder:")).isEqualTo(1);
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

	/**
	 * The provider's two admins decide the same request at the same moment,
	 * {@link Race#ROUNDS} times over (a fresh request each round): every round exactly
	 * one decision wins, the other is told who decided, and one decision email goes out.
	 */
	@Test
	void whenTwoAdminsDecideAtOnceExactlyOneWinsAndOneSetOfEmailsIsSent() {
		for (int round = 0; round < Race.ROUNDS; round++) {
			long approval = this.world.request(100, 310 + round);

			List<Object> outcomes = Race.run(() -> decide(() -> {
				this.approvals.accept(this.world.providerAdmin, approval);
				return "accepted";
			}), () -> decide(() -> {
				this.approvals.deny(this.world.providerTech, approval, "No.");
				return "denied";
			}));

			List<String> won = outcomes.stream().filter(String.class::isInstance).map(String.class::cast).toList();
			assertThat(won).as("round %d", round).hasSize(1);
			assertThat(outcomes).as("round %d", round)
				.filteredOn(AlreadyDecidedException.class::isInstance)
				.singleElement()
				.extracting((lost) -> ((Throwable) lost).getMessage())
				.asString()
				.startsWith("This request was already " + won.get(0) + " by ");
			assertThat(this.world.statusOf(approval)).as("round %d", round)
				.isEqualTo(won.get(0).equals("accepted") ? "APPROVED" : "REJECTED");
			assertThat(decisionEmailsTo(this.world.customerTech.email())).as("round %d", round).isEqualTo(round + 1);
		}
	}

	/** The decision's outcome, or the exception that refused it. */
	private static Object decide(Callable<String> decision) {
		try {
			return decision.call();
		}
		catch (AlreadyDecidedException ex) {
			return ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private int decisionEmailsTo(String email) {
		return this.jdbc.queryForObject(
				"select count(*) from outbound_email where recipient = lower(?)"
						+ " and event_type in ('CONNECTION_REQUEST_ACCEPTED', 'CONNECTION_REQUEST_DENIED')",
				Integer.class, email);
	}

}
