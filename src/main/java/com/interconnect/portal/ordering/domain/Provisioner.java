package com.interconnect.portal.ordering.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.interconnect.portal.ordering.ProvisioningProperties;
import com.interconnect.portal.ordering.ServiceLive;
import com.interconnect.portal.ordering.ServiceState;
import com.interconnect.portal.shared.JobItems;
import com.interconnect.portal.shared.LogContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves ordered services on (product.md §5): there is no real network, so each due
 * service goes DEPLOYABLE → CONFIGURED → LIVE, one step every
 * {@code portal.provisioning.step-delay}. A VXC goes LIVE only once both its ports are
 * LIVE; until then it waits and tries again a step later.
 * <p>
 * Each round claims a batch of due services with {@code FOR UPDATE SKIP LOCKED}, then
 * moves each on in a transaction of its own that locks it again (skipping it when another
 * instance holds it or moved it on), so that several portal instances on one database
 * never advance the same service twice, and one service whose step fails neither rolls
 * back the others nor comes first again: {@link JobItems} counts its failures and sets it
 * aside after a few.
 */
@Component
public class Provisioner {

	private static final Logger logger = LoggerFactory.getLogger(Provisioner.class);

	/** The job's name in job_item. */
	static final String JOB = "provisioning";

	/**
	 * How long a claimed batch stays this instance's: if it stops meanwhile, another
	 * instance takes the rest after that.
	 */
	private static final Duration CLAIM = Duration.ofMinutes(5);

	/** The most rounds one scheduled run takes while full batches keep coming. */
	private static final int MAX_ROUNDS = 20;

	/**
	 * How long the services of a round stay claimed if the instance stops before it ends
	 * them.
	 */
	private static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(5);

	private static final int MAX_CLAIM_ATTEMPTS = 3;

	private final ServiceRepository services;

	private final ServiceHistory history;

	private final ProvisioningProperties properties;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final JobItems items;

	private final Clock clock;

	Provisioner(ServiceRepository services, ServiceHistory history, ProvisioningProperties properties,
			ApplicationEventPublisher events, PlatformTransactionManager transactionManager, JobItems items,
			Clock clock) {
		this.services = services;
		this.history = history;
		this.properties = properties;
		this.events = events;
		this.transaction = new TransactionTemplate(transactionManager);
		this.items = items;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${portal.provisioning.interval}")
	void provisionScheduled() {
		LogContext.runJob("provisioner", () -> {
			try {
				for (int round = 0; round < MAX_ROUNDS && !Thread.currentThread().isInterrupted(); round++) {
					Round done = provision();
					if (done.claimed() > 0) {
						logger.debug("Moved {} of {} due services on", done.advanced(), done.claimed());
					}
					if (done.claimed() < this.properties.batchSize()) {
						break;
					}
				}
			}
			catch (RuntimeException ex) {
				logger.warn("Provisioning failed, will try again: {}", ex.toString());
			}
		});
	}

	/**
	 * Runs one round now: claims up to {@code portal.provisioning.batch-size} due
	 * services and moves each on by one step (or postpones a VXC whose ports are not LIVE
	 * yet), in one transaction.
	 * @return how many services moved on to a new state
	 */
	public int runOnce() {
		return provision().advanced();
	}

	private Round provision() {
		Instant now = this.clock.instant();
		List<Long> due = claim(now);
		if (due.isEmpty()) {
			return new Round(0, 0);
		}
		int advanced = 0;
		for (long id : due) {
			boolean[] moved = { false };
			this.items.run(JOB, id, this.properties.stepDelay(), () -> this.services.lockDue(id, now)
				.ifPresent((service) -> moved[0] = step(service, endPortsOf(List.of(service)), now)));
			if (moved[0]) {
				advanced++;
			}
		}
		return new Round(due.size(), advanced);
	}

	/**
	 * Claims up to a batch of due services, ports first (so that a VXC sees the ports
	 * that went LIVE in this round). The claim is kept in job_item once the row locks are
	 * gone; when another instance claimed all the services this query found (it committed
	 * its claim while the query ran), the query runs again and sees that claim.
	 */
	private List<Long> claim(Instant now) {
		for (int attempt = 0; attempt < MAX_CLAIM_ATTEMPTS; attempt++) {
			List<Long> claimed = this.transaction.execute((status) -> {
				List<Service> found = this.services.claimDue(now, this.properties.batchSize());
				if (found.isEmpty()) {
					return null;
				}
				Set<Long> won = Set
					.copyOf(this.items.claim(JOB, found.stream().map(Service::id).toList(), now.plus(CLAIM_TIMEOUT)));
				return found.stream()
					.filter((service) -> won.contains(service.id()))
					.sorted(Comparator.comparing((Service service) -> !service.isPort()).thenComparing(Service::id))
					.map(Service::id)
					.toList();
			});
			if (claimed == null) {
				return List.of();
			}
			if (!claimed.isEmpty()) {
				return claimed;
			}
		}
		return List.of();
	}

	/** Moves the service on by one step, or postpones it. */
	private boolean step(Service service, Map<Long, Service> ports, Instant now) {
		Duration delay = this.properties.stepDelay();
		if (service.state() == ServiceState.CONFIGURED && !service.isPort() && !endsLive(service, ports)) {
			service.postpone(now, delay);
			return false;
		}
		ServiceState state = service.advance(now, delay);
		if (state == ServiceState.CONFIGURED) {
			this.history.record(service, "Configured by the provisioner", null);
		}
		else if (state == ServiceState.LIVE) {
			this.history.record(service, "Live", null);
			this.events.publishEvent(new ServiceLive(service.id(), service.companyId(), service.kind(), service.name(),
					service.orderId(), service.liveAt()));
		}
		return true;
	}

	private static boolean endsLive(Service vxc, Map<Long, Service> ports) {
		return isLive(ports.get(vxc.aEndPortId())) && isLive(ports.get(vxc.bEndPortId()));
	}

	private static boolean isLive(Service port) {
		return port != null && port.state() == ServiceState.LIVE;
	}

	/**
	 * The ports at the ends of the VXCs among {@code due}, in one query (those claimed in
	 * this round are the same objects).
	 */
	private Map<Long, Service> endPortsOf(List<Service> due) {
		Set<Long> ids = due.stream()
			.filter((service) -> !service.isPort())
			.flatMap((vxc) -> Stream.of(vxc.aEndPortId(), vxc.bEndPortId()))
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.services.findAllById(ids).stream().collect(Collectors.toMap(Service::id, Function.identity()));
	}

	private record Round(int claimed, int advanced) {
	}

}
