package com.interconnect.portal.notification.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.interconnect.portal.catalog.Catalog;
import com.interconnect.portal.catalog.LocationSummary;
import com.interconnect.portal.notification.ServiceStatusPermissions;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Forbidden;
import com.interconnect.portal.shared.InvalidInputException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service Status (product.md §7): the maintenance and outage notices Operator Admins post
 * for locations, each emailed to the Service Status subscribers of the companies with a
 * port there in the transaction that saves it. For Operator Admins only.
 */
@Service
@Transactional(readOnly = true)
public class ServiceStatusService {

	static final int PAGE_SIZE = 25;

	private final ServiceStatusNoticeRepository notices;

	private final ServiceStatusEmails emails;

	private final Catalog catalog;

	private final Clock clock;

	ServiceStatusService(ServiceStatusNoticeRepository notices, ServiceStatusEmails emails, Catalog catalog,
			Clock clock) {
		this.notices = notices;
		this.emails = emails;
		this.catalog = catalog;
		this.clock = clock;
	}

	/** One page of the posted notices, newest first. */
	public Page<NoticeRow> notices(CurrentUser actor, int pageNumber) {
		requireServiceStatus(actor);
		Page<ServiceStatusNotice> page = this.notices
			.findAllByOrderByPostedAtDescIdDesc(PageRequest.of(Math.max(pageNumber, 0), PAGE_SIZE));
		Map<Long, List<Long>> locationIds = new HashMap<>();
		if (page.hasContent()) {
			this.notices.locationsOf(page.map(ServiceStatusNotice::id).getContent())
				.forEach((location) -> locationIds.computeIfAbsent(location.getNoticeId(), (id) -> new ArrayList<>())
					.add(location.getLocationId()));
		}
		Map<Long, LocationSummary> known = locationsById();
		return page.map((notice) -> notice.row(labels(locationIds.getOrDefault(notice.id(), List.of()), known)));
	}

	/** The locations a notice can be posted for, by country, city and data centre. */
	public List<LocationSummary> locations(CurrentUser actor) {
		requireServiceStatus(actor);
		return this.catalog.locations();
	}

	/**
	 * Saves the notice and emails it, in one transaction: either both happen or neither.
	 * @throws InvalidInputException with the fields {@code kind}, {@code title},
	 * {@code message}, {@code startsAt}, {@code endsAt} and {@code locationIds}
	 */
	@Transactional
	public NoticeRow post(CurrentUser actor, NewNotice notice) {
		requireServiceStatus(actor);
		Map<Long, LocationSummary> known = locationsById();
		check(notice, known);
		List<String> locations = labels(notice.locationIds(), known);
		ServiceStatusNotice saved = this.notices
			.save(new ServiceStatusNotice(notice, actor.id(), actor.fullName(), this.clock.instant()));
		ServiceStatusEmails.Sent sent = this.emails.send(saved, locations);
		saved.notified(sent.companies(), sent.emails());
		return saved.row(locations);
	}

	private static void check(NewNotice notice, Map<Long, LocationSummary> known) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (notice.kind() == null) {
			errors.put("kind", "Choose Maintenance or Outage.");
		}
		if (isBlank(notice.title())) {
			errors.put("title", "Enter a title.");
		}
		if (isBlank(notice.message())) {
			errors.put("message", "Enter the message customers should read.");
		}
		if (notice.startsAt() == null) {
			errors.put("startsAt", "Enter when it starts.");
		}
		if (notice.endsAt() == null) {
			errors.put("endsAt", "Enter when it ends.");
		}
		else if (notice.startsAt() != null && !notice.endsAt().isAfter(notice.startsAt())) {
			errors.put("endsAt", "The end must be after the start.");
		}
		if (notice.locationIds().isEmpty()) {
			errors.put("locationIds", "Choose at least one location.");
		}
		else if (!notice.locationIds().stream().allMatch((id) -> id != null && known.containsKey(id))) {
			errors.put("locationIds", "Choose locations from the list.");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

	/** The active locations, in the catalog's order. */
	private Map<Long, LocationSummary> locationsById() {
		Map<Long, LocationSummary> locations = new LinkedHashMap<>();
		this.catalog.locations().forEach((location) -> locations.put(location.id(), location));
		return locations;
	}

	/**
	 * The labels of the locations, in the catalog's order (a location closed since is
	 * looked up on its own, after the others).
	 */
	private List<String> labels(List<Long> locationIds, Map<Long, LocationSummary> known) {
		List<String> labels = new ArrayList<>();
		known.values()
			.stream()
			.filter((location) -> locationIds.contains(location.id()))
			.forEach((location) -> labels.add(location.label()));
		locationIds.stream()
			.filter((id) -> !known.containsKey(id))
			.map((id) -> this.catalog.location(id).map(LocationSummary::label).orElse(null))
			.filter(Objects::nonNull)
			.forEach(labels::add);
		return labels;
	}

	private static void requireServiceStatus(CurrentUser actor) {
		Forbidden.unless(ServiceStatusPermissions.canPostNotices(actor),
				"Only Operator Admins can post service status notices: they email the customers at a location.");
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
