package com.interconnect.portal.marketplace.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.marketplace.MarketplacePermissions;
import com.interconnect.portal.marketplace.MarketplaceProfileChanged;
import com.interconnect.portal.ordering.ForeignPorts;
import com.interconnect.portal.ordering.Ordering;
import com.interconnect.portal.ordering.PortSummary;
import com.interconnect.portal.ordering.ServiceCancelled;
import com.interconnect.portal.ordering.ServiceKeyGrant;
import com.interconnect.portal.ordering.ServiceKeyUse;
import com.interconnect.portal.ordering.ServiceKind;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.EmailAddresses;
import com.interconnect.portal.shared.Forbidden;
import com.interconnect.portal.shared.InvalidInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Company > Marketplace Profile (product.md §6): the Company Admin edits it, the
 * company's other users see it. Only a visible profile's listed ports accept connection
 * requests ({@link ForeignPorts}); a port leaves the listing when it is cancelled.
 */
@Service
@Transactional(readOnly = true)
public class ProfileService implements ForeignPorts {

	static final String VIEW_REASON = "Marketplace profiles belong to customer companies: the operator's staff have "
			+ "none.";

	static final String EDIT_REASON = "Only a Company Admin can change the company's Marketplace Profile.";

	private static final Pattern WEBSITE = Pattern.compile("^https?://[^\\s/]+\\.[^\\s]+$");

	private final MarketplaceProfileRepository profiles;

	private final ListedPortRepository listed;

	private final Ordering ordering;

	private final Accounts accounts;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ServiceKeyService serviceKeys;

	ProfileService(MarketplaceProfileRepository profiles, ListedPortRepository listed, Ordering ordering,
			Accounts accounts, Clock clock, ApplicationEventPublisher events, ServiceKeyService serviceKeys) {
		this.serviceKeys = serviceKeys;
		this.profiles = profiles;
		this.listed = listed;
		this.ordering = ordering;
		this.accounts = accounts;
		this.clock = clock;
		this.events = events;
	}

	@Override
	public boolean acceptsConnections(long portServiceId) {
		return this.listed.isListedVisibly(portServiceId);
	}

	/** A service key reaches its port, listed or not. */
	@Override
	public ServiceKeyGrant checkServiceKey(String serviceKey, Integer rateLimitMbps) {
		return this.serviceKeys.check(serviceKey, rateLimitMbps);
	}

	@Override
	@Transactional
	public void useServiceKey(String serviceKey, ServiceKeyUse use) {
		this.serviceKeys.use(serviceKey, use);
	}

	public ProfilePage get(CurrentUser actor) {
		Forbidden.unless(MarketplacePermissions.canViewProfile(actor), VIEW_REASON);
		long companyId = actor.companyId();
		Set<Long> listedIds = listedIds(companyId);
		List<PortSummary> ports = this.ordering.activePortsOf(companyId)
			.stream()
			.filter((port) -> port.isLive() || listedIds.contains(port.id()))
			.toList();
		boolean canEdit = MarketplacePermissions.canEditProfile(actor);
		return this.profiles.findById(companyId)
			.map((profile) -> new ProfilePage(
					new ProfileData(profile.displayName(), profile.description(), profile.serviceTypes(),
							profile.website(), profile.contactEmail(), listedIds, profile.isVisible()),
					true, ports, canEdit, profile.updatedBy(), profile.updatedAt()))
			.orElseGet(() -> new ProfilePage(new ProfileData(this.accounts.get(companyId).name(), "", Set.of(), null,
					actor.email(), Set.of(), false), false, ports, canEdit, null, null));
	}

	/**
	 * Saves the profile and its listed ports: the company's LIVE ports (and those already
	 * listed). A save that changes something announces it
	 * ({@link MarketplaceProfileChanged}).
	 * @throws InvalidInputException for each field that breaks a rule
	 */
	@Transactional
	public void save(CurrentUser actor, ProfileData data) {
		Forbidden.unless(MarketplacePermissions.canViewProfile(actor), VIEW_REASON);
		Forbidden.unless(MarketplacePermissions.canEditProfile(actor), EDIT_REASON);
		long companyId = actor.companyId();
		Set<Long> already = listedIds(companyId);
		Map<Long, String> portNames = this.ordering.activePortsOf(companyId)
			.stream()
			.collect(Collectors.toMap(PortSummary::id, PortSummary::name));
		Map<String, String> before = this.profiles.findById(companyId)
			.map((profile) -> describe(profile, already, portNames))
			.orElse(Map.of());
		save(companyId, data, actor.fullName(), (port) -> port.isLive() || already.contains(port.id()));
		Map<String, String> after = describe(this.profiles.findById(companyId).orElseThrow(), data.portIds(),
				portNames);
		if (!after.equals(before)) {
			this.events
				.publishEvent(new MarketplaceProfileChanged(companyId, actor.id(), actor.fullName(), before, after));
		}
	}

	/** The profile as the page shows it, field by field ("—" when empty). */
	private static Map<String, String> describe(MarketplaceProfile profile, Set<Long> portIds,
			Map<Long, String> portNames) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("Display name", profile.displayName());
		fields.put("Description", orDash(profile.description()));
		fields.put("Service types", orDash(
				profile.serviceTypes().stream().sorted().map(ServiceType::label).collect(Collectors.joining(", "))));
		fields.put("Website", orDash(profile.website()));
		fields.put("Contact email", profile.contactEmail());
		fields.put("Listed ports",
				orDash(portIds.stream()
					.map((id) -> portNames.getOrDefault(id, "#" + id))
					.sorted(Comparator.naturalOrder())
					.collect(Collectors.joining(", "))));
		fields.put("Visible", profile.isVisible() ? "Yes" : "No");
		return Collections.unmodifiableMap(fields);
	}

	private static String orDash(String text) {
		return (text == null || text.isBlank()) ? "—" : text;
	}

	/**
	 * The demo dataset's profile: its ports may be listed while the provisioner is still
	 * taking them LIVE (the Marketplace pages show only the LIVE ones).
	 */
	@Transactional
	void saveForDemo(long companyId, ProfileData data) {
		save(companyId, data, "Demo data", (port) -> true);
	}

	private void save(long companyId, ProfileData data, String actorName, Predicate<PortSummary> listable) {
		Map<Long, PortSummary> ports = this.ordering.activePortsOf(companyId)
			.stream()
			.filter(listable)
			.collect(Collectors.toMap(PortSummary::id, (port) -> port));
		check(data, ports);
		Instant now = this.clock.instant();
		MarketplaceProfile profile = this.profiles.findById(companyId)
			.orElseGet(() -> new MarketplaceProfile(companyId));
		profile.update(data, actorName, now);
		this.profiles.saveAndFlush(profile);
		Set<Long> current = listedIds(companyId);
		current.stream().filter((id) -> !data.portIds().contains(id)).forEach(this.listed::unlist);
		data.portIds()
			.stream()
			.filter((id) -> !current.contains(id))
			.forEach((id) -> this.listed.save(new ListedPort(id, companyId, ports.get(id).location().id(), now)));
	}

	private static void check(ProfileData data, Map<Long, PortSummary> ports) {
		Map<String, String> errors = new LinkedHashMap<>();
		String name = (data.displayName() != null) ? data.displayName().strip() : "";
		if (name.length() < 2 || name.length() > 100) {
			errors.put("displayName", "Enter a display name of 2 to 100 characters.");
		}
		if (data.description() != null && data.description().strip().length() > 2000) {
			errors.put("description", "A description has at most 2,000 characters.");
		}
		if (data.visible() && data.serviceTypes().isEmpty()) {
			errors.put("serviceTypes", "Choose at least one service type for a visible profile.");
		}
		if (data.website() != null && !data.website().isBlank()
				&& (data.website().strip().length() > 200 || !WEBSITE.matcher(data.website().strip()).matches())) {
			errors.put("website", "Enter the website's address starting with https:// (or leave it empty).");
		}
		if (!EmailAddresses.isWellFormed(data.contactEmail())) {
			errors.put("contactEmail", "Enter a contact email such as partners@example.com.");
		}
		if (!ports.keySet().containsAll(data.portIds())) {
			errors.put("portIds", "Choose ports from the list: only your company's live ports can be listed.");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

	/** A cancelled port is no longer listed. */
	@EventListener
	@Transactional
	void on(ServiceCancelled cancelled) {
		if (cancelled.kind() == ServiceKind.PORT) {
			this.listed.unlist(cancelled.serviceId());
		}
	}

	private Set<Long> listedIds(long companyId) {
		return this.listed.findByCompanyIdOrderByPortId(companyId)
			.stream()
			.map(ListedPort::portId)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

}
