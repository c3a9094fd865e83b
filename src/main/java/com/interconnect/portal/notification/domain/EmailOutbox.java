package com.interconnect.portal.notification.domain;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.interconnect.portal.notification.domain.OutgoingEmail.Recipient;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts emails in the outbox. It joins the caller's transaction, so an email exists if and
 * only if the change that caused it was committed; the {@link EmailDispatcher} sends it
 * afterwards.
 */
@Service
public class EmailOutbox {

	private final OutboundEmailRepository emails;

	private final EmailRenderer renderer;

	private final Clock clock;

	EmailOutbox(OutboundEmailRepository emails, EmailRenderer renderer, Clock clock) {
		this.emails = emails;
		this.renderer = renderer;
		this.clock = clock;
	}

	/**
	 * Renders the email for each distinct recipient and stores one pending row per
	 * recipient.
	 * @return how many emails were queued
	 */
	@Transactional
	public int enqueue(OutgoingEmail email) {
		Map<String, Recipient> distinct = new LinkedHashMap<>();
		for (Recipient recipient : email.recipients()) {
			String address = recipient.email().strip().toLowerCase(Locale.ROOT);
			// the same person twice: keep the entry that knows the portal user
			distinct.merge(address, new Recipient(address, recipient.userId()),
					(first, second) -> (first.userId() != null) ? first : second);
		}
		distinct.values()
			.forEach((recipient) -> this.emails.save(new OutboundEmail(recipient.email(), recipient.userId(),
					email.companyId(), email.group(), email.eventType(), this.renderer.render(email, recipient),
					email.secret(), this.clock.instant())));
		return distinct.size();
	}

}
