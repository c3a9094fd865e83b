package com.interconnect.portal.notification.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.notification.NotificationGroup;
import com.interconnect.portal.notification.domain.OutgoingEmail.Recipient;

import org.springframework.stereotype.Component;

/**
 * Service Status (product.md §7): a maintenance or outage notice reaches the Service
 * Status subscribers of every company with a port at its locations, one email each, in
 * the transaction that saves the notice. The recipients of every company come from one
 * query and the companies' names from another, however many companies are affected.
 */
@Component
class ServiceStatusEmails {

	static final String SERVICE_STATUS_NOTICE = "SERVICE_STATUS_NOTICE";

	private final EmailOutbox outbox;

	private final EmailRenderer renderer;

	private final Subscribers subscribers;

	private final Accounts accounts;

	ServiceStatusEmails(EmailOutbox outbox, EmailRenderer renderer, Subscribers subscribers, Accounts accounts) {
		this.outbox = outbox;
		this.renderer = renderer;
		this.subscribers = subscribers;
		this.accounts = accounts;
	}

	/**
	 * Writes the notice's emails.
	 * @param locations the labels of the notice's locations
	 */
	Sent send(ServiceStatusNotice notice, List<String> locations) {
		NotificationGroup group = NotificationGroup.SERVICE_STATUS;
		Map<Long, List<Recipient>> byCompany = this.subscribers.withPortsAt(notice.locationIds(), group);
		if (byCompany.isEmpty()) {
			return new Sent(0, 0);
		}
		Map<Long, CompanySummary> companies = this.accounts.getAll(byCompany.keySet());
		String subject = notice.kind().label() + ": " + notice.title();
		Map<String, Object> common = new HashMap<>();
		common.put("subject", subject);
		common.put("groupLabel", group.label());
		common.put("alwaysOn", group.isAlwaysOn());
		common.put("concernedUserIds", List.of());
		common.put("link", this.renderer.link("/services"));
		common.put("linkLabel", "Open your services");
		common.put("settingsLink", this.renderer.link(GroupEmails.SETTINGS_PATH));
		common.put("kind", notice.kind().label());
		common.put("outage", notice.kind() == NoticeKind.OUTAGE);
		common.put("title", notice.title());
		common.put("message", notice.message());
		common.put("startsAt", GroupEmails.format(notice.startsAt()));
		common.put("endsAt", GroupEmails.format(notice.endsAt()));
		common.put("locations", List.copyOf(locations));
		int emails = 0;
		for (Map.Entry<Long, List<Recipient>> company : byCompany.entrySet()) {
			Map<String, Object> model = new HashMap<>(common);
			model.put("companyName", companies.get(company.getKey()).name());
			emails += this.outbox.enqueue(new OutgoingEmail(group, SERVICE_STATUS_NOTICE, company.getKey(),
					company.getValue(), subject, "service-status-notice", model));
		}
		return new Sent(byCompany.size(), emails);
	}

	/** How many companies were emailed, and how many emails were written. */
	record Sent(int companies, int emails) {

	}

}
