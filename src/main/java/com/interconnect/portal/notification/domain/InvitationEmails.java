package com.interconnect.portal.notification.domain;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.interconnect.portal.notification.NotificationGroup;
import com.interconnect.portal.notification.domain.OutgoingEmail.Recipient;
import com.interconnect.portal.user.UserInvited;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the invitation email with the set-password link. It listens synchronously, in
 * the transaction of the invitation: if the invitation rolls back, so does its email. The
 * link's token is kept apart from the stored bodies and forgotten once sent (see
 * {@link OutboundEmail#textToSend()}).
 */
@Component
class InvitationEmails {

	static final String USER_INVITED = "USER_INVITED";

	private static final DateTimeFormatter EXPIRY = DateTimeFormatter
		.ofPattern("EEEE d MMMM yyyy 'at' HH:mm 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private final EmailOutbox outbox;

	private final EmailRenderer renderer;

	InvitationEmails(EmailOutbox outbox, EmailRenderer renderer) {
		this.outbox = outbox;
		this.renderer = renderer;
	}

	@EventListener
	void on(UserInvited invited) {
		String subject = "You're invited to " + invited.companyName() + " on the " + this.renderer.operatorName()
				+ " Portal";
		Map<String, Object> model = Map.of("fullName", invited.fullName(), "companyName", invited.companyName(),
				"roleName", invited.role().label(), "invitedBy", invited.invitedBy(), "link",
				this.renderer.link("/invitations/" + OutgoingEmail.SECRET), "expiresAt",
				EXPIRY.format(invited.expiresAt()));
		this.outbox.enqueue(new OutgoingEmail(NotificationGroup.PEOPLE, USER_INVITED, invited.companyId(),
				List.of(Recipient.user(invited.email(), invited.userId())), subject, "user-invited", model,
				invited.token()));
	}

}
