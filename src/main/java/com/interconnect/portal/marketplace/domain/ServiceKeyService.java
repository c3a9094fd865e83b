package com.interconnect.portal.marketplace.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.marketplace.MarketplacePermissions;
import com.interconnect.portal.marketplace.ServiceKeyConnectionAvailable;
import com.interconnect.portal.marketplace.ServiceKeyCreated;
import com.interconnect.portal.marketplace.ServiceKeyDeactivated;
import com.interconnect.portal.marketplace.ServiceKeyUsed;
import com.interconnect.portal.ordering.ForeignPorts;
import com.interconnect.portal.ordering.Ordering;
import com.interconnect.portal.ordering.PortSummary;
import com.interconnect.portal.ordering.ServiceKeyGrant;
import com.interconnect.portal.ordering.ServiceKeyUse;
import com.interconnect.portal.ordering.ServiceKind;
import com.interconnect.portal.ordering.ServiceLive;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Forbidden;
import com.interconnect.portal.shared.InvalidInputException;
import com.interconnect.portal.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service keys (product.md §6): the provider's Company Admins and Technical Admins create
 * and deactivate them; a customer enters one while designing a VXC, and it is used when
 * the VXC is ordered, atomically in the database. A key of another company is not found.
 */
@Service
@Transactional(readOnly = true)
public class ServiceKeyService {

	static final int PAGE_SIZE = 20;

	static final String MANAGE_REASON = "Only a Company Admin or Technical Admin can manage service keys.";

	static final String USED_UP = "This service key has already been used.";

	private final ServiceKeyRepository keys;

	private final ServiceKeyUsageRepository usages;

	private final MarketplaceProfileRepository profiles;

	private final Ordering ordering;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ServiceKeyService(ServiceKeyRepository keys, ServiceKeyUsageRepository usages,
			MarketplaceProfileRepository profiles, Ordering ordering, Accounts accounts,
			ApplicationEventPublisher events, Clock clock) {
		this.keys = keys;
		this.usages = usages;
		this.profiles = profiles;
		this.ordering = ordering;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	public ServiceKeysPage page(CurrentUser actor, int pageNumber) {
		checkManager(actor);
		Page<ServiceKey> page = this.keys.findByCompanyIdOrderByIdDesc(actor.companyId(),
				PageRequest.of(Math.max(pageNumber, 0), PAGE_SIZE));
		Map<Long, PortSummary> ports = this.ordering.ports(page.map(ServiceKey::portId).toSet());
		List<PortSummary> live = this.ordering.activePortsOf(actor.companyId())
			.stream()
			.filter(PortSummary::isLive)
			.toList();
		return new ServiceKeysPage(page.map((key) -> row(key, ports)), live, true);
	}

	public ServiceKeyPage get(CurrentUser actor, long keyId, int pageNumber) {
		checkManager(actor);
		ServiceKey key = this.keys.findByIdAndCompanyId(keyId, actor.companyId())
			.orElseThrow(() -> new NotFoundException("Service key"));
		Page<ServiceKeyUsage> uses = this.usages.findByKeyIdOrderByUsedAtDescIdDesc(keyId,
				PageRequest.of(Math.max(pageNumber, 0), PAGE_SIZE));
		Map<Long, CompanySummary> customers = uses.isEmpty() ? Map.of()
				: this.accounts.getAll(uses.map(ServiceKeyUsage::customerCompanyId).toSet());
		return new ServiceKeyPage(row(key, this.ordering.ports(Set.of(key.portId()))), uses.map(
				(use) -> new ServiceKeyUseRow(use.vxcId(), name(customers.get(use.customerCompanyId())), use.usedAt())),
				true);
	}

	/**
	 * Creates a key with a random UUID for one of the company's LIVE ports.
	 * @return its id
	 * @throws InvalidInputException for each field that breaks a rule
	 */
	@Transactional
	public long create(CurrentUser actor, ServiceKeyData data) {
		checkManager(actor);
		PortSummary port = check(actor.companyId(), data);
		return save(actor, data, UUID.randomUUID(), port).id();
	}

	/**
	 * Creates a key whose value is fixed (the demo dataset), unless it exists; its port
	 * may still be on its way to LIVE.
	 */
	@Transactional
	public void createForDemo(CurrentUser actor, UUID value, ServiceKeyData data) {
		if (this.keys.findByKeyValue(value).isEmpty()) {
			save(actor, data, value, this.ordering.ports(Set.of(data.portId())).get(data.portId()));
		}
	}

	/**
	 * Deactivates the key: it can no longer be used; it is never deleted.
	 * @throws InvalidInputException when it is already inactive
	 */
	@Transactional
	public void deactivate(CurrentUser actor, long keyId) {
		checkManager(actor);
		ServiceKey key = this.keys.findByIdAndCompanyId(keyId, actor.companyId())
			.orElseThrow(() -> new NotFoundException("Service key"));
		try {
			key.deactivate();
		}
		catch (IllegalStateException ex) {
			throw InvalidInputException.of("active", ex.getMessage());
		}
		this.events.publishEvent(new ServiceKeyDeactivated(key.id(), key.companyId(), key.description(), actor.id(),
				actor.fullName(), this.clock.instant()));
	}

	/** See {@link ForeignPorts#checkServiceKey}. */
	ServiceKeyGrant check(String value, Integer rateLimitMbps) {
		ServiceKey key = find(value);
		String refusal = key.refusal(today());
		if (refusal != null) {
			throw InvalidInputException.of("serviceKey", refusal);
		}
		if (rateLimitMbps != null && rateLimitMbps > key.maxSpeedMbps()) {
			throw InvalidInputException.of("rateLimitMbps",
					String.format("This service key allows a rate limit of at most %,d Mbps.", key.maxSpeedMbps()));
		}
		return new ServiceKeyGrant(key.portId(), key.companyId(), key.maxSpeedMbps(), key.fixedVlan(),
				key.preApproved());
	}

	/** See {@link ForeignPorts#useServiceKey}: one atomic update, then the usage row. */
	@Transactional
	void use(String value, ServiceKeyUse use) {
		ServiceKey key = find(value);
		Instant now = this.clock.instant();
		if (this.keys.use(key.id(), now, today()) == 0) {
			throw InvalidInputException.of("serviceKey", USED_UP);
		}
		this.usages.save(new ServiceKeyUsage(key.id(), use.vxcId(), use.customerCompanyId(), now));
		PortSummary port = this.ordering.ports(Set.of(key.portId())).get(key.portId());
		String contactEmail = this.profiles.findById(key.companyId())
			.map(MarketplaceProfile::contactEmail)
			.orElse(null);
		this.events.publishEvent(
				new ServiceKeyUsed(key.id(), key.description(), key.companyId(), (port != null) ? port.name() : "—",
						contactEmail, use.customerCompanyId(), this.accounts.get(use.customerCompanyId()).name(),
						use.vxcId(), use.rateLimitMbps(), use.bVlan(), key.preApproved(), use.usedByName(), now));
	}

	/**
	 * A VXC made with a pre-approved key went LIVE: no connection request tells its
	 * provider, so this does.
	 */
	@EventListener
	void on(ServiceLive live) {
		if (live.kind() != ServiceKind.VXC) {
			return;
		}
		this.usages.findByVxcId(live.serviceId())
			.flatMap((usage) -> this.keys.findById(usage.keyId()))
			.filter(ServiceKey::preApproved)
			.ifPresent((key) -> {
				PortSummary port = this.ordering.ports(Set.of(key.portId())).get(key.portId());
				this.events.publishEvent(new ServiceKeyConnectionAvailable(live.serviceId(), live.name(),
						key.description(), key.companyId(), (port != null) ? port.name() : "—",
						this.accounts.get(live.companyId()).name(), live.liveAt()));
			});
	}

	private ServiceKey find(String value) {
		try {
			return this.keys.findByKeyValue(UUID.fromString((value != null) ? value.strip() : ""))
				.orElseThrow(() -> InvalidInputException.of("serviceKey", ForeignPorts.UNKNOWN_KEY));
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInputException.of("serviceKey", ForeignPorts.UNKNOWN_KEY);
		}
	}

	private ServiceKey save(CurrentUser actor, ServiceKeyData data, UUID value, PortSummary port) {
		ServiceKey key = this.keys
			.save(new ServiceKey(value, actor.companyId(), data, actor.fullName(), this.clock.instant()));
		String details = (key.multiUse() ? "Multi-use" : "Single-use") + ", at most " + key.maxSpeedMbps() + " Mbps"
				+ ((key.fixedVlan() != null) ? ", VLAN " + key.fixedVlan() : "")
				+ (key.preApproved() ? ", pre-approved" : "") + ", valid " + key.validFrom() + " to " + key.validTo();
		this.events.publishEvent(new ServiceKeyCreated(key.id(), key.companyId(), key.description(), port.name(),
				details, actor.id(), actor.fullName(), key.createdAt()));
		return key;
	}

	private PortSummary check(long companyId, ServiceKeyData data) {
		Map<String, String> errors = new LinkedHashMap<>();
		PortSummary port = (data.portId() != null) ? this.ordering.ports(Set.of(data.portId())).get(data.portId())
				: null;
		if (port == null || port.companyId() != companyId || !port.isLive()) {
			errors.put("portId", "Choose one of your LIVE ports.");
			port = null;
		}
		if (data.description() == null || data.description().isBlank()) {
			errors.put("description", "Enter a description.");
		}
		else if (data.description().strip().length() > 200) {
			errors.put("description", "A description has at most 200 characters.");
		}
		Integer max = data.maxSpeedMbps();
		if (max == null || max < 1) {
			errors.put("maxSpeedMbps", "Enter a maximum speed of at least 1 Mbps.");
		}
		else if (port != null && max > port.speedGbps() * 1000) {
			errors.put("maxSpeedMbps", String.format("The maximum speed can be at most %,d Mbps, the port's speed.",
					port.speedGbps() * 1000));
		}
		if (data.fixedVlan() != null) {
			if (data.multiUse()) {
				errors.put("fixedVlan", "Only a single-use key can fix the VLAN.");
			}
			else if (data.fixedVlan() < 2 || data.fixedVlan() > 4093) {
				errors.put("fixedVlan", "Enter a VLAN from 2 to 4093.");
			}
		}
		if (data.validFrom() == null) {
			errors.put("validFrom", "Enter the first day the key is valid.");
		}
		if (data.validTo() == null) {
			errors.put("validTo", "Enter the last day the key is valid.");
		}
		else if (data.validFrom() != null && data.validTo().isBefore(data.validFrom())) {
			errors.put("validTo", "The last day cannot be before the first day.");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return port;
	}

	private ServiceKeyRow row(ServiceKey key, Map<Long, PortSummary> ports) {
		PortSummary port = ports.get(key.portId());
		return new ServiceKeyRow(key.id(), key.keyValue().toString(), (port != null) ? port.name() : "—",
				key.description(), key.multiUse(), key.maxSpeedMbps(), key.fixedVlan(), key.preApproved(),
				key.validFrom(), key.validTo(), key.active(), key.state(today()), key.uses(), key.lastUsedAt());
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	private static String name(CompanySummary company) {
		return (company != null) ? company.name() : "—";
	}

	private static void checkManager(CurrentUser actor) {
		Forbidden.unless(MarketplacePermissions.canManageServiceKeys(actor), MANAGE_REASON);
	}

}
