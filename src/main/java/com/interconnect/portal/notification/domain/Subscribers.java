package com.interconnect.portal.notification.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.interconnect.portal.notification.NotificationGroup;
import com.interconnect.portal.notification.NotificationPermissions;
import com.interconnect.portal.notification.domain.OutgoingEmail.Recipient;

import org.springframework.stereotype.Component;

/**
 * Who receives a group's emails: a company's active users whose role may subscribe
 * ({@link NotificationPermissions}) and who have not turned the group off. Resolved when
 * the email is written, so roles and settings are taken as they are at that moment.
 */
@Component
class Subscribers {

	private final OptOutRepository optOuts;

	Subscribers(OptOutRepository optOuts) {
		this.optOuts = optOuts;
	}

	List<Recipient> of(long companyId, NotificationGroup group) {
		List<String> roles = NotificationPermissions.eligibleRoles().stream().map(Enum::name).toList();
		return this.optOuts.subscribersOf(companyId, group.name(), roles)
			.stream()
			.map((user) -> Recipient.user(user.getEmail(), user.getId()))
			.toList();
	}

	/**
	 * The subscribers to a group of every company with a port in service (not ended) at
	 * one of the locations, by company id, in one query.
	 */
	Map<Long, List<Recipient>> withPortsAt(Collection<Long> locationIds, NotificationGroup group) {
		if (locationIds.isEmpty()) {
			return Map.of();
		}
		List<String> roles = NotificationPermissions.eligibleRoles().stream().map(Enum::name).toList();
		Map<Long, List<Recipient>> byCompany = new LinkedHashMap<>();
		this.optOuts.subscribersWithPortsAt(locationIds, group.name(), roles)
			.forEach((user) -> byCompany.computeIfAbsent(user.getCompanyId(), (id) -> new ArrayList<>())
				.add(Recipient.user(user.getEmail(), user.getId())));
		return byCompany;
	}

	/** A user concerned by an event, who receives it whatever their settings. */
	List<Recipient> user(long userId) {
		return this.optOuts.addressOf(userId)
			.map((user) -> List.of(Recipient.user(user.getEmail(), user.getId())))
			.orElse(List.of());
	}

}
