package com.interconnect.portal.notification.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.interconnect.portal.notification.NotificationGroup;
import com.interconnect.portal.notification.NotificationPermissions;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Forbidden;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User menu &gt; Notification Settings: the groups the signed-in user receives, and
 * turning groups on and off. Security and People stay on whatever is submitted.
 */
@Service
@Transactional(readOnly = true)
public class NotificationSettingsService {

	private final OptOutRepository optOuts;

	private final Clock clock;

	NotificationSettingsService(OptOutRepository optOuts, Clock clock) {
		this.optOuts = optOuts;
		this.clock = clock;
	}

	public NotificationSettings settings(CurrentUser actor) {
		boolean editable = NotificationPermissions.canSubscribe(actor);
		Set<NotificationGroup> off = this.optOuts.findByUserId(actor.id())
			.stream()
			.map(OptOut::group)
			.collect(Collectors.toSet());
		List<NotificationSettings.Group> groups = Arrays.stream(NotificationGroup.values())
			.map((group) -> new NotificationSettings.Group(group, editable && !off.contains(group), group.isAlwaysOn()))
			.toList();
		return new NotificationSettings(editable, actor.role().label(), NotificationPermissions.eligibleRoleNames(),
				groups);
	}

	/**
	 * Keeps the user subscribed to exactly the groups in {@code subscribed}, plus the
	 * groups that are always on.
	 * @throws Forbidden if the user's role does not receive group emails
	 */
	@Transactional
	public void save(CurrentUser actor, Collection<NotificationGroup> subscribed) {
		Forbidden.unless(NotificationPermissions.canSubscribe(actor), "Your role (" + actor.role().label()
				+ ") does not receive group emails, so there is nothing to change.");
		List<String> off = Arrays.stream(NotificationGroup.values())
			.filter((group) -> !group.isAlwaysOn() && !subscribed.contains(group))
			.map(Enum::name)
			.toList();
		if (off.isEmpty()) {
			this.optOuts.turnOnAll(actor.id());
			return;
		}
		this.optOuts.turnOnAllBut(actor.id(), off);
		Instant now = this.clock.instant();
		off.forEach((group) -> this.optOuts.turnOff(actor.id(), group, now));
	}

}
