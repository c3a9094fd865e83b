package com.interconnect.portal.notification.domain;

import java.util.List;

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

	/** A user concerned by an event, who receives it whatever their settings. */
	List<Recipient> user(long userId) {
		return this.optOuts.addressOf(userId)
			.map((user) -> List.of(Recipient.user(user.getEmail(), user.getId())))
			.orElse(List.of());
	}

}
