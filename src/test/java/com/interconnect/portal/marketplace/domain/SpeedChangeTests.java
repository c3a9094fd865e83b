package com.interconnect.portal.marketplace.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.catalog.Catalog;
import com.interconnect.portal.marketplace.ApprovalType;
import com.interconnect.portal.marketplace.MarketplaceWorld;
import com.interconnect.portal.ordering.domain.ServiceCancelRefusedException;
import com.interconnect.portal.ordering.domain.ServiceInventory;
import com.interconnect.portal.ordering.domain.ServicesFixtures;
import com.interconnect.portal.ordering.domain.SpeedChange;
import com.interconnect.portal.ordering.domain.SpeedChangeService;
import com.interconnect.portal.ordering.domain.SpeedView;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Forbidden;
import com.interconnect.portal.shared.InvalidInputException;
import com.interconnect.portal.shared.Money;
import com.interconnect.portal.shared.NotFoundException;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.Fixtures;
import com.interconnect.portal.support.Outbox;
import com.interconnect.portal.support.Race;
import com.interconnect.portal.support.TestClock;
import com.interconnect.portal.support.TestSmtp;
import com.interconnect.portal.user.domain.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.interconnect.portal.marketplace.MarketplaceWorld.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Speed changes of product.md §6 against the real database and SMTP (GreenMail): raising
 * a LIVE VXC to another company's port waits for that company, which accepts or denies it
 * on Approvals (the VXC keeps its speed until accepted); one change waits at a time;
 * lowering, and raising between the company's own ports, apply at once at the new price.
 */
@SpringBootTest
class SpeedChangeTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	SpeedChangeService speedChanges;

	@Autowired
	ApprovalService approvals;

	@Autowired
	ApprovalExpiry expiry;

	@Autowired
	ServiceInventory inventory;

	@Autowired
	Catalog catalog;

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

	@AfterEach
	void realTime() {
		TestClock.reset();
	}

	@Test
	void raisingAMarketplaceVxcWaitsForTheProviderWhoIsEmailed() {
		long vxc = this.world.liveConnection(500, 400);
		String priceBefore = priceOf(vxc);

		SpeedChange change = this.speedChanges.change(this.world.customerTech, vxc, 1000);

		assertThat(change.awaitingApproval()).isTrue();
		assertThat(change.summary()).contains("the change to 1,000 Mbps", "It keeps 500 Mbps until then.");
		assertThat(rateOf(vxc)).as("keeps its speed").isEqualTo("500 / 1000");
		assertThat(priceOf(vxc)).isEqualTo(priceBefore);
		long approval = this.world.approvalOf(vxc);
		assertThat(this.jdbc
			.queryForObject("select type || ' ' || status || ' ' || rate_limit_mbps || ' ' || requested_rate_limit_mbps"
					+ " || ' ' || requested_by from approval where id = ?", String.class, approval))
			.isEqualTo("SPEED_CHANGE PENDING 500 1000 " + this.world.customerTech.id());
		String subject = "Speed change request from " + this.world.customer.name() + ": Nova Sydney to 1,000 Mbps";
		for (CurrentUser provider : List.of(this.world.providerAdmin, this.world.providerTech,
				this.world.providerContact)) {
			assertThat(speedChangeSubjects(provider.email())).containsExactly(subject);
		}
		assertThat(speedChangeSubjects(this.world.customerTech.email())).isEmpty();
		assertThat(textOf(this.world.providerAdmin.email(), "Speed change request")).contains(
				"asks to raise the speed of its VXC to your port Nova Sydney from 500 Mbps to 1,000 Mbps",
				"Request: #" + approval + " (speed change request)", "Speed: 500 Mbps → 1,000 Mbps",
				"Requested by: " + this.world.customerTech.fullName(), "http://localhost:8080/approvals");

		assertThat(this.approvals.page(this.world.providerAdmin, 0, 0, 0).incoming().getContent())
			.filteredOn((row) -> row.id() == approval)
			.singleElement()
			.satisfies((row) -> {
				assertThat(row.type()).isEqualTo(ApprovalType.SPEED_CHANGE);
				assertThat(row.rateLimit()).isEqualTo("500 → 1,000 Mbps");
				assertThat(row.canDecide()).isTrue();
			});
		assertThat(this.inventory.service(this.world.customerTech, vxc).speedChange())
			.isEqualTo(new SpeedView(500, 10_000, 1000, true, true));
		assertThat(this.services.historyOf(vxc)).last()
			.isEqualTo("LIVE / Speed change from 500 to 1,000 Mbps requested: waiting for the port owner's approval / "
					+ this.world.customerTech.fullName());
	}

	@Test
	void acceptingTheRaiseAppliesItAtTheNewPriceAndTellsTheCustomer() {
		long vxc = this.world.liveConnection(500, 401);
		this.speedChanges.change(this.world.customerTech, vxc, 1000);
		long approval = this.world.approvalOf(vxc);

		this.approvals.accept(this.world.providerTech, approval);

		assertThat(rateOf(vxc)).isEqualTo("1000 / ");
		Money expected = this.catalog.vxcPrice(1000, "USD");
		assertThat(priceOf(vxc)).isEqualTo(expected.amount().toPlainString() + " USD");
		assertThat(this.world.statusOf(approval)).isEqualTo("APPROVED");
		assertThat(this.world.stateOf(vxc)).isEqualTo("LIVE");
		assertThat(this.services.historyOf(vxc)).last()
			.isEqualTo("LIVE / Speed raised from 500 to 1,000 Mbps: accepted by " + this.world.providerTech.fullName()
					+ " of the port's owner / " + this.world.providerTech.fullName());
		String subject = "Speed change accepted: " + this.world.providerName + " Nova Sydney";
		assertThat(speedChangeSubjects(this.world.customerTech.email())).containsExactly(subject);
		assertThat(speedChangeSubjects(this.world.customerAdmin.email())).containsExactly(subject);
		assertThat(speedChangeSubjects(this.world.providerAdmin.email())).hasSize(1)
			.allMatch((providers) -> providers.startsWith("Speed change request"));
		assertThat(textOf(this.world.customerTech.email(), "Speed change accepted"))
			.contains("accepted your speed change", "the VXC now runs at 1,000 Mbps")
			.contains("You received this email because you requested this speed change");
		assertThat(this.jdbc.queryForList(
				"select company_id from audit_entry where action = 'SPEED_CHANGE_ACCEPTED' and actor_user_id = ?"
						+ " and subject like ?",
				Long.class, this.world.providerTech.id(), "Speed change #" + approval + ":%500 → 1,000 Mbps"))
			.containsExactlyInAnyOrder(this.world.provider.id(), this.world.customer.id());
	}

	@Test
	void aDeniedRaiseLeavesTheSpeedAndTheCustomerReadsTheReason() {
		long vxc = this.world.liveConnection(500, 402);
		this.speedChanges.change(this.world.customerTech, vxc, 2000);
		long approval = this.world.approvalOf(vxc);

		this.approvals.deny(this.world.providerAdmin, approval, "Sydney is full until March.");

		assertThat(rateOf(vxc)).isEqualTo("500 / ");
		assertThat(this.world.statusOf(approval)).isEqualTo("REJECTED");
		assertThat(this.services.historyOf(vxc)).last()
			.isEqualTo("LIVE / Speed change to 2,000 Mbps denied by " + this.world.providerAdmin.fullName()
					+ " of the port's owner: Sydney is full until March. / " + this.world.providerAdmin.fullName());
		assertThat(textOf(this.world.customerAdmin.email(), "Speed change denied")).contains("denied your speed change",
				"The VXC keeps 500 Mbps", "Reason: Sydney is full until March.");
		// the VXC may ask again
		assertThat(this.speedChanges.change(this.world.customerTech, vxc, 1000).awaitingApproval()).isTrue();
	}

	@Test
	void oneChangeWaitsAtATime() {
		long vxc = this.world.liveConnection(500, 403);
		this.speedChanges.change(this.world.customerTech, vxc, 1000);

		for (int rate : new int[] { 2000, 100 }) {
			assertThatThrownBy(() -> this.speedChanges.change(this.world.customerAdmin, vxc, rate))
				.isInstanceOfSatisfying(InvalidInputException.class,
						(ex) -> assertThat(ex.fieldErrors()).containsEntry("rateLimitMbps",
								"A change to 1,000 Mbps is already waiting for the port owner's approval: wait for "
										+ "the decision, or withdraw it on the Approvals page, before asking for "
										+ "another."));
		}
		assertThat(rateOf(vxc)).isEqualTo("500 / 1000");
		assertThat(this.jdbc.queryForObject("select count(*) from approval where vxc_id = ? and type = 'SPEED_CHANGE'",
				Integer.class, vxc))
			.isEqualTo(1);
	}

	/**
	 * Two admins raise the same VXC at the same moment, {@link Race#ROUNDS} times over
	 * (the waiting change withdrawn after each round): every round opens exactly one
	 * request and emails the provider once.
	 */
	@Test
	void twoAdminsRaisingAtOnceOpenOneRequest() {
		long vxc = this.world.liveConnection(500, 404);
		for (int round = 0; round < Race.ROUNDS; round++) {
			List<Callable<String>> raises = new ArrayList<>();
			for (CurrentUser admin : List.of(this.world.customerTech, this.world.customerAdmin)) {
				raises.add(() -> {
					try {
						this.speedChanges.change(admin, vxc, 1000);
						return "requested";
					}
					catch (InvalidInputException ex) {
						return "refused";
					}
				});
			}

			List<String> results = Race.run(raises.get(0), raises.get(1));

			assertThat(results).as("round %d", round).containsExactlyInAnyOrder("requested", "refused");
			assertThat(this.jdbc.queryForObject(
					"select count(*) from approval where vxc_id = ? and type = 'SPEED_CHANGE' and status = 'PENDING'",
					Integer.class, vxc))
				.as("round %d", round)
				.isEqualTo(1);
			assertThat(speedChangeSubjects(this.world.providerAdmin.email())).as("round %d", round).hasSize(round + 1);
			this.approvals.withdraw(this.world.customerTech, this.world.approvalOf(vxc));
		}
	}

	@Test
	void loweringAppliesAtOnceWithoutAskingTheProvider() {
		long vxc = this.world.liveConnection(500, 405);

		SpeedChange change = this.speedChanges.change(this.world.customerAdmin, vxc, 100);

		assertThat(change.awaitingApproval()).isFalse();
		assertThat(change.summary()).startsWith("To " + this.world.providerName + " now runs at 100 Mbps, for USD ");
		assertThat(rateOf(vxc)).isEqualTo("100 / ");
		assertThat(priceOf(vxc)).isEqualTo(this.catalog.vxcPrice(100, "USD").amount().toPlainString() + " USD");
		assertThat(this.jdbc.queryForObject("select count(*) from approval where vxc_id = ?", Integer.class, vxc))
			.as("only the connection request")
			.isEqualTo(1);
		assertThat(this.services.historyOf(vxc)).last()
			.isEqualTo("LIVE / Speed lowered from 500 to 100 Mbps / " + this.world.customerAdmin.fullName());
		assertThat(speedChangeSubjects(this.world.providerAdmin.email())).isEmpty();
	}

	@Test
	void raisingAVxcBetweenTheCompanysOwnPortsAppliesAtOnce() {
		long otherPort = this.services.port(this.world.customer.id(), "Customer Melbourne", 1);
		this.services.provisionUntilLive(otherPort);
		long vxc = this.services.vxc(this.world.customer.id(), "Own VXC", this.world.customerPort, 410, otherPort, 410,
				200);
		this.services.provisionUntilLive(vxc);

		SpeedChange change = this.speedChanges.change(this.world.customerTech, vxc, 1000);

		assertThat(change.awaitingApproval()).isFalse();
		assertThat(rateOf(vxc)).isEqualTo("1000 / ");
		assertThat(this.jdbc.queryForObject("select count(*) from approval where vxc_id = ?", Integer.class, vxc))
			.isZero();
		assertThat(this.inventory.service(this.world.customerTech, vxc).speedChange())
			.isEqualTo(new SpeedView(1000, 1000, null, false, true));
		assertThatThrownBy(() -> this.speedChanges.change(this.world.customerTech, vxc, 1001)).isInstanceOfSatisfying(
				InvalidInputException.class, (ex) -> assertThat(ex.fieldErrors()).containsEntry("rateLimitMbps",
						"The rate limit can be at most 1,000 Mbps, the speed of the smaller port."));
	}

	@Test
	void refusedChangesSayWhyAndChangeNothing() {
		long vxc = this.world.liveConnection(500, 406);
		long awaiting = this.world.vxcOfApproval(this.world.request(500, 407));

		assertRefused(vxc, null, "Enter a rate limit of at least 1 Mbps.");
		assertRefused(vxc, 0, "Enter a rate limit of at least 1 Mbps.");
		assertRefused(vxc, 10_001, "The rate limit can be at most 10,000 Mbps, the speed of the smaller port.");
		assertRefused(vxc, 500, "The VXC already runs at 500 Mbps: enter a different rate limit.");
		assertRefused(awaiting, 1000,
				"Only a LIVE VXC's speed can be changed: VXC To " + this.world.providerName + " is awaiting approval.");
		assertRefused(this.world.customerPort, 1000,
				"A port's speed is chosen when it is ordered: only a VXC's rate limit can be changed.");
		assertThat(rateOf(vxc)).isEqualTo("500 / ");
		assertThat(this.jdbc.queryForObject("select count(*) from approval where vxc_id = ?", Integer.class, vxc))
			.isEqualTo(1);
	}

	@Test
	void onlyTheOwnersAdminsChangeTheSpeed() {
		long vxc = this.world.liveConnection(500, 408);
		Fixtures fixtures = new Fixtures(this.context.getBean(Accounts.class), this.context.getBean(UserService.class));

		for (Role role : List.of(Role.TECHNICAL_CONTACT, Role.READ_ONLY, Role.FINANCE)) {
			CurrentUser user = fixtures.user(this.world.customer, role);
			assertThatThrownBy(() -> this.speedChanges.change(user, vxc, 1000)).as(role.name())
				.isInstanceOf(Forbidden.class);
			assertThat(this.inventory.service(user, vxc).speedChange().canChange()).isFalse();
		}
		// the provider, whose port it ends on, does not own the VXC
		assertThatThrownBy(() -> this.speedChanges.change(this.world.providerAdmin, vxc, 1000))
			.isInstanceOf(NotFoundException.class);
		assertThat(rateOf(vxc)).isEqualTo("500 / ");
		assertThat(this.jdbc.queryForObject("select count(*) from approval where vxc_id = ?", Integer.class, vxc))
			.isEqualTo(1);
	}

	@Test
	void theCustomerCanWithdrawARaiseAndAnExpiredOneLeavesTheSpeed() {
		long withdrawn = this.world.liveConnection(500, 411);
		this.speedChanges.change(this.world.customerTech, withdrawn, 1000);
		this.approvals.withdraw(this.world.customerTech, this.world.approvalOf(withdrawn));

		assertThat(rateOf(withdrawn)).isEqualTo("500 / ");
		assertThat(this.world.statusOf(this.world.approvalOf(withdrawn))).isEqualTo("WITHDRAWN");
		assertThat(this.services.historyOf(withdrawn)).last()
			.isEqualTo("LIVE / Speed change to 1,000 Mbps withdrawn by " + this.world.customerTech.fullName() + " / "
					+ this.world.customerTech.fullName());

		long expired = this.world.liveConnection(500, 412);
		this.speedChanges.change(this.world.customerTech, expired, 2000);
		long approval = this.world.approvalOf(expired);
		TestClock.advance(Duration.ofDays(30).plusMinutes(1));
		this.expiry.runOnce();

		assertThat(this.world.statusOf(approval)).isEqualTo("EXPIRED");
		assertThat(rateOf(expired)).isEqualTo("500 / ");
		assertThat(textOf(this.world.customerTech.email(), "Speed change expired"))
			.contains("did not answer your speed change in time", "The VXC keeps 500 Mbps");
	}

	@Test
	void aVxcWhoseRaiseWaitsIsCancelledOnlyOnceTheRaiseIsWithdrawn() {
		long vxc = this.world.liveConnection(500, 413);
		this.speedChanges.change(this.world.customerTech, vxc, 1000);
		long approval = this.world.approvalOf(vxc);

		assertThatThrownBy(() -> this.inventory.cancel(this.world.customerAdmin, vxc))
			.isInstanceOf(ServiceCancelRefusedException.class)
			.hasMessage("VXC To " + this.world.providerName + " has a speed change to 1,000 Mbps waiting for the port "
					+ "owner's approval. Withdraw it on the Approvals page first, then cancel.");
		assertThat(this.world.stateOf(vxc)).isEqualTo("LIVE");
		assertThat(this.world.statusOf(approval)).isEqualTo("PENDING");

		this.approvals.withdraw(this.world.customerAdmin, approval);
		this.inventory.cancel(this.world.customerAdmin, vxc);
		assertThat(this.world.stateOf(vxc)).isEqualTo("CANCELLED");
	}

	private void assertRefused(long serviceId, Integer rate, String message) {
		assertThatThrownBy(() -> this.speedChanges.change(this.world.customerTech, serviceId, rate)).as("%s Mbps", rate)
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.fieldErrors()).containsExactlyEntriesOf(Map.of("rateLimitMbps", message)));
	}

	/**
	 * The subjects of the outbox rows to the address that start with "Speed change": the
	 * rows are written with the change, so none can still be on its way.
	 */
	private List<String> speedChangeSubjects(String email) {
		return new Outbox(this.jdbc).subjectsTo(email)
			.stream()
			.filter((subject) -> subject.startsWith("Speed change"))
			.toList();
	}

	/** "rate / pending" as stored. */
	private String rateOf(long vxc) {
		return this.jdbc.queryForObject(
				"select rate_limit_mbps || ' / ' || coalesce(pending_rate_limit_mbps::text, '') from service"
						+ " where id = ?",
				String.class, vxc);
	}

	private String priceOf(long vxc) {
		return this.jdbc.queryForObject("select monthly_price || ' ' || currency from service where id = ?",
				String.class, vxc);
	}

}
