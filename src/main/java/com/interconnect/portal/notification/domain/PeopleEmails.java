package com.interconnect.portal.notification.domain;

import com.interconnect.portal.notification.NotificationGroup;
import com.interconnect.portal.user.UserDeactivated;
import com.interconnect.portal.user.UserInvited;
import com.interconnect.portal.user.UserJoined;
import com.interconnect.portal.user.UserRoleChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * People (product.md §7): the company's subscribers learn who was invited, joined,
 * changed role or was removed. Synchronous, in the transaction of the change. (The
 * invitee's own invitation is {@link InvitationEmails}.)
 */
@Component
class PeopleEmails {

	static final String MANAGE_USERS = "/company/users";

	private final GroupEmails emails;

	PeopleEmails(GroupEmails emails) {
		this.emails = emails;
	}

	/** The invitation's token never reaches these emails. */
	@EventListener
	void on(UserInvited event) {
		this.emails.draft(NotificationGroup.PEOPLE, "USER_INVITED_PEOPLE", event.companyId(), "people-user-invited")
			.subject(event.invitedBy() + " invited " + event.fullName() + " as " + event.role().label())
			.link(MANAGE_USERS, "Manage Users")
			.with("invitedBy", event.invitedBy())
			.with("fullName", event.fullName())
			.with("email", event.email())
			.with("roleName", event.role().label())
			.with("expiresAt", GroupEmails.format(event.expiresAt()))
			.send();
	}

	@EventListener
	void on(UserJoined event) {
		this.emails.draft(NotificationGroup.PEOPLE, "USER_JOINED", event.companyId(), "people-user-joined")
			.subject(event.fullName() + " joined as " + event.role().label())
			.link(MANAGE_USERS, "Manage Users")
			.with("fullName", event.fullName())
			.with("email", event.email())
			.with("roleName", event.role().label())
			.send();
	}

	@EventListener
	void on(UserRoleChanged event) {
		this.emails.draft(NotificationGroup.PEOPLE, "USER_ROLE_CHANGED", event.companyId(), "people-role-changed")
			.subject("Role of " + event.email() + " changed to " + event.newRole().label())
			.link(MANAGE_USERS + "/" + event.userId(), "Open the user")
			.with("actorName", event.actorName())
			.with("email", event.email())
			.with("oldRole", event.oldRole().label())
			.with("newRole", event.newRole().label())
			.send();
	}

	@EventListener
	void on(UserDeactivated event) {
		this.emails.draft(NotificationGroup.PEOPLE, "USER_DEACTIVATED", event.companyId(), "people-user-deactivated")
			.subject(event.email() + " was removed")
			.link(MANAGE_USERS, "Manage Users")
			.with("actorName", event.actorName())
			.with("email", event.email())
			.send();
	}

}
