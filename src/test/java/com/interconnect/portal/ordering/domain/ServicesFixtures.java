package com.interconnect.portal.ordering.domain;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

import com.interconnect.portal.catalog.Catalog;
import com.interconnect.portal.ordering.ServiceState;
import com.interconnect.portal.shared.Money;
import com.interconnect.portal.support.TestClock;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ordered ports and VXCs for the services tests, saved as an order would save them (the
 * service, its VLANs and its first history step, in one transaction), and the provisioner
 * driven until they are where a test needs them. Public for the web tests.
 */
public final class ServicesFixtures {

	private final ServiceRepository services;

	private final ServiceHistory history;

	private final Provisioner provisioner;

	private final Catalog catalog;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	public ServicesFixtures(ApplicationContext context) {
		this.services = context.getBean(ServiceRepository.class);
		this.history = context.getBean(ServiceHistory.class);
		this.provisioner = context.getBean(Provisioner.class);
		this.catalog = context.getBean(Catalog.class);
		this.jdbc = context.getBean(JdbcTemplate.class);
		this.transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
	}

	/** A 10 Gbps port just ordered: DEPLOYABLE and due at once. */
	public long port(long companyId, String name) {
		return port(companyId, name, 10);
	}

	public long port(long companyId, String name, int speedGbps) {
		return save(Service.orderedPort(companyId, null, name, this.catalog.locations().get(0).id(), speedGbps, 12,
				Money.of("1295.00", "USD"), TestClock.now(), Duration.ZERO), null);
	}

	/** A VXC just ordered between two ports, with its VLANs in use. */
	public long vxc(long companyId, String name, long aEndPortId, int aVlan, long bEndPortId, int bVlan,
			int rateLimitMbps) {
		return save(Service.orderedVxc(companyId, null, name, aEndPortId, aVlan, bEndPortId, bVlan, rateLimitMbps,
				Money.of("250.00", "USD"), false, TestClock.now(), Duration.ZERO), new int[] { aVlan, bVlan });
	}

	private long save(Service service, int[] vlans) {
		Long id = this.transaction.execute((status) -> {
			Service saved = this.services.save(service);
			if (vlans != null) {
				this.services.flush();
				this.jdbc.update("insert into port_vlan (port_id, vlan, vxc_id) values (?, ?, ?), (?, ?, ?)",
						saved.aEndPortId(), vlans[0], saved.id(), saved.bEndPortId(), vlans[1], saved.id());
			}
			this.history.record(saved, "Ordered", "Test Orderer");
			return saved.id();
		});
		return id;
	}

	/** Keeps the service from being due until {@link #due(long)}. */
	public void hold(long serviceId) {
		this.jdbc.update("update service set next_step_at = ? where id = ?",
				Timestamp.from(TestClock.now().plus(Duration.ofDays(1))), serviceId);
	}

	public void due(long serviceId) {
		this.jdbc.update("update service set next_step_at = ? where id = ?",
				Timestamp.from(TestClock.now().minusSeconds(1)), serviceId);
	}

	public ServiceState stateOf(long serviceId) {
		return ServiceState
			.valueOf(this.jdbc.queryForObject("select state from service where id = ?", String.class, serviceId));
	}

	/** The states the service's history records, oldest first. */
	public List<String> historyOf(long serviceId) {
		return this.jdbc.queryForList(
				"select state || ' / ' || coalesce(note, '') || ' / ' || coalesce(actor_name, '') from service_event"
						+ " where service_id = ? order by at, id",
				String.class, serviceId);
	}

	/**
	 * Runs the provisioner until every one of the services is in {@code state} (other
	 * tests' services share the queue, so it may take a few rounds).
	 */
	public void provisionUntil(ServiceState state, Collection<Long> serviceIds) {
		for (int round = 0; round < 500; round++) {
			if (serviceIds.stream().allMatch((id) -> stateOf(id) == state)) {
				return;
			}
			this.provisioner.runOnce();
		}
		throw new AssertionError("The provisioner did not bring " + serviceIds + " to " + state);
	}

	public void provisionUntilLive(Long... serviceIds) {
		provisionUntil(ServiceState.LIVE, List.of(serviceIds));
	}

	/** Runs the provisioner until nothing is left for it to move on. */
	public void drain() {
		for (int round = 0; round < 500; round++) {
			if (this.provisioner.runOnce() == 0) {
				return;
			}
		}
		throw new AssertionError("The provisioner kept finding services to move on");
	}

}
