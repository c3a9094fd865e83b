package com.interconnect.portal.notification;

import java.util.Arrays;
import java.util.List;

import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;

/**
 * Who receives group emails (product.md §7): the one rule shared by the settings page and
 * the resolution of recipients.
 */
public final class NotificationPermissions {

	private static final List<Role> ELIGIBLE = List.of(Role.COMPANY_ADMIN, Role.TECHNICAL_ADMIN,
			Role.TECHNICAL_CONTACT);

	private NotificationPermissions() {
	}

	/**
	 * Company Admins, Technical Admins and Technical Contacts subscribe to notification
	 * groups; other roles receive no group emails. Evaluated whenever recipients are
	 * resolved, so a change to another role stops the emails at once.
	 */
	public static boolean canSubscribe(Role role) {
		return ELIGIBLE.contains(role);
	}

	public static boolean canSubscribe(CurrentUser user) {
		return canSubscribe(user.role());
	}

	/** The roles that may subscribe, in the order of {@link Role}. */
	public static List<Role> eligibleRoles() {
		return Arrays.stream(Role.values()).filter(NotificationPermissions::canSubscribe).toList();
	}

	/** The roles that may subscribe, for the settings page, as in {@code A, B and C}. */
	public static String eligibleRoleNames() {
		List<String> labels = eligibleRoles().stream().map((role) -> role.label() + "s").toList();
		return String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.get(labels.size() - 1);
	}

}
