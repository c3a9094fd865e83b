package com.interconnect.portal.ordering.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SupportedBy;
import com.interconnect.portal.ordering.Ordering;
import com.interconnect.portal.ordering.ProvisioningProperties;
import com.interconnect.portal.ordering.ServiceKind;
import com.interconnect.portal.ordering.ServiceLive;
import com.interconnect.portal.ordering.ServiceState;
import com.interconnect.portal.shared.JobItems;
import com.interconnect.portal.support.Fixtures;
import com.interconnect.portal.support.Race;
import com.interconnect.portal.user.domain.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provisioner against the real database: each ordered service moves DEPLOYABLE →
 * CONFIGURED → LIVE with its history, a VXC waits for its ports, and two instances never
 * move the same service twice.
 */
@SpringBootTest
@RecordApplicationEvents
class ProvisionerTests {

	@Autowired
	Provisioner provisioner;

	@Autowired
	Ordering ordering;

	@Autowired
	ServiceRepository services;

	@Autowired
	ServiceHistory history;

	@Autowired
	Accounts accounts;

	@Autowired
	UserService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JobItems jobItems;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	ApplicationContext context;

	@Autowired
	ApplicationEvents events;

	ServicesFixtures fixtures;

	CompanySummary company;

	@BeforeEach
	void setUp() {
		this.fixtures = new ServicesFixtures(this.context);
		this.company = new Fixtures(this.accounts, this.users).company(AccountType.DIRECT, SupportedBy.OPERATOR);
	}

	@Test
	void aPortGoesFromDeployableThroughConfiguredToLiveWithItsHistory() {
		long port = this.fixtures.port(this.company.id(), "Sydney 1");

		this.fixtures.provisionUntil(ServiceState.CONFIGURED, List.of(port));
		assertThat(this.fixtures.historyOf(port)).containsExactly("DEPLOYABLE / Ordered / Test Orderer",
				"CONFIGURED / Configured by the provisioner / ");
		this.fixtures.provisionUntilLive(port);

		assertThat(this.fixtures.historyOf(port)).containsExactly("DEPLOYABLE / Ordered / Test Orderer",
				"CONFIGURED / Configured by the provisioner / ", "LIVE / Live / ");
		assertThat(this.jdbc.queryForMap("select live_at, next_step_at from service where id = ?", port))
			.satisfies((row) -> {
				assertThat(row.get("live_at")).isNotNull();
				assertThat(row.get("next_step_at")).isNull();
			});
	}

	/**
	 * A service whose step cannot be written (here a trigger refuses its row) fails on
	 * its own: the others of the batch go on, and after five failures in a row it is set
	 * aside with a WARN line, no longer tried.
	 */
	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void aServiceWhoseStepFailsIsSetAsideAfterFiveFailuresWhileTheOthersGoOn(CapturedOutput output) {
		long broken = this.fixtures.port(this.company.id(), "Broken");
		long fine = this.fixtures.port(this.company.id(), "Fine");
		this.jdbc.execute("create or replace function refuse_service_step() returns trigger language plpgsql as $$"
				+ " begin raise exception 'step refused for service %', old.id; end $$");
		this.jdbc.execute("create trigger refuse_service_step before update on service for each row when (old.id = "
				+ broken + ") execute function refuse_service_step()");
		try {
			this.fixtures.provisionUntilLive(fine);
			for (int round = 0; round < JobItems.MAX_FAILURES; round++) {
				this.provisioner.runOnce();
			}
			assertThat(this.jdbc
				.queryForMap("select failures, set_aside_at is not null as set_aside, last_error from job_item"
						+ " where job = 'provisioning' and item_id = ?", broken))
				.containsEntry("failures", JobItems.MAX_FAILURES)
				.containsEntry("set_aside", true)
				.satisfies((row) -> assertThat((String) row.get("last_error")).contains("step refused for service"));
			assertThat(this.fixtures.stateOf(broken)).isEqualTo(ServiceState.DEPLOYABLE);
			assertThat(this.fixtures.stateOf(fine)).isEqualTo(ServiceState.LIVE);
			assertThat(output).contains("Background job provisioning set item " + broken + " aside after 5 failures");
		}
		finally {
			this.jdbc.execute("drop trigger refuse_service_step on service");
			this.jdbc.execute("drop function refuse_service_step()");
		}
	}

	@Test
	void aVxcWaitsConfiguredUntilBothItsPortsAreLive() {
		long aEnd = this.fixtures.port(this.company.id(), "A-end");
		long bEnd = this.fixtures.port(this.company.id(), "B-end");
		long vxc = this.fixtures.vxc(this.company.id(), "A to B", aEnd, 100, bEnd, 200, 500);
		this.fixtures.hold(bEnd);

		this.fixtures.provisionUntil(ServiceState.LIVE, List.of(aEnd));
		this.fixtures.provisionUntil(ServiceState.CONFIGURED, List.of(vxc));
		for (int round = 0; round < 3; round++) {
			this.provisioner.runOnce();
		}
		assertThat(this.fixtures.stateOf(vxc)).isEqualTo(ServiceState.CONFIGURED);
		assertThat(this.fixtures.stateOf(bEnd)).isEqualTo(ServiceState.DEPLOYABLE);

		this.fixtures.due(bEnd);
		this.fixtures.provisionUntilLive(bEnd, vxc);

		assertThat(this.fixtures.historyOf(vxc)).containsExactly("DEPLOYABLE / Ordered / Test Orderer",
				"CONFIGURED / Configured by the provisioner / ", "LIVE / Live / ");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from service_event where service_id = ? and state = 'LIVE'", Integer.class, vxc))
			.isEqualTo(1);
	}

	@Test
	void serviceLiveIsPublishedOnceForEachServiceThatBecomesLive() {
		long port = this.fixtures.port(this.company.id(), "Melbourne 1");
		long other = this.fixtures.port(this.company.id(), "Melbourne 2");
		long vxc = this.fixtures.vxc(this.company.id(), "Across town", port, 10, other, 20, 1000);

		this.fixtures.provisionUntilLive(port, other, vxc);
		for (int round = 0; round < 3; round++) {
			this.provisioner.runOnce();
		}

		assertThat(this.events.stream(ServiceLive.class).filter((event) -> event.companyId() == this.company.id()))
			.extracting(ServiceLive::serviceId)
			.containsExactlyInAnyOrder(port, other, vxc);
		assertThat(this.events.stream(ServiceLive.class).filter((event) -> event.serviceId() == vxc)).singleElement()
			.satisfies((event) -> {
				assertThat(event.kind()).isEqualTo(ServiceKind.VXC);
				assertThat(event.name()).isEqualTo("Across town");
				assertThat(event.liveAt()).isNotNull();
			});
	}

	@Test
	void aCompanyHasProvisionedServicesOnceOneOfThemIsLive() {
		long port = this.fixtures.port(this.company.id(), "Perth 1");
		assertThat(this.ordering.hasProvisionedServices(this.company.id())).isFalse();

		this.fixtures.provisionUntil(ServiceState.CONFIGURED, List.of(port));
		assertThat(this.ordering.hasProvisionedServices(this.company.id())).isFalse();

		this.fixtures.provisionUntilLive(port);
		assertThat(this.ordering.hasProvisionedServices(this.company.id())).isTrue();
	}

	/**
	 * Two provisioner instances run at the same moment over the same due ports,
	 * {@link Race#ROUNDS} times over (20 fresh ports each round, 10 per batch, so that
	 * both claim): every round moves each port on exactly once.
	 */
	@Test
	void twoProvisionersRunningAtOnceMoveEachServiceOnExactlyOnce() {
		this.fixtures.drain();
		// two instances with a long step: each service is due once during a round
		ProvisioningProperties slow = new ProvisioningProperties(Duration.ofHours(1), Duration.ofHours(1), 10);
		Provisioner first = new Provisioner(this.services, this.history, slow, this.publisher, this.transactionManager,
				this.jobItems, Clock.systemUTC());
		Provisioner second = new Provisioner(this.services, this.history, slow, this.publisher, this.transactionManager,
				this.jobItems, Clock.systemUTC());
		for (int round = 0; round < Race.ROUNDS; round++) {
			List<Long> ports = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				ports.add(this.fixtures.port(this.company.id(), "Port " + round + "." + i));
			}
			// first in the queue, ahead of any other test's VXC still waiting for its
			// ports
			this.jdbc.update("update service set next_step_at = now() - interval '1 day' where id = any(?)",
					(Object) ports.toArray(Long[]::new));

			List<Integer> advanced = Race.run(first::runOnce, second::runOnce);

			assertThat(advanced.get(0) + advanced.get(1)).as("round %d", round).isGreaterThanOrEqualTo(ports.size());
			assertThat(this.jdbc.queryForList("""
					select s.id from service s
					join service_event e on e.service_id = s.id and e.state = 'CONFIGURED'
					where s.id = any(?) group by s.id, s.state having count(e.id) = 1 and s.state = 'CONFIGURED'""",
					Long.class, (Object) ports.toArray(Long[]::new)))
				.as("round %d: configured once each", round)
				.containsExactlyInAnyOrderElementsOf(ports);
			assertThat(this.jdbc.queryForObject("select count(*) from service_event where service_id = any(?)",
					Integer.class, (Object) ports.toArray(Long[]::new)))
				.as("round %d: ordered and configured, nothing more", round)
				.isEqualTo(2 * ports.size());
		}
	}

}
