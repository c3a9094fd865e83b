package com.interconnect.portal.notification.domain;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * A maintenance or outage notice the operator posted for one or more locations, and what
 * posting it caused.
 */
@Entity
@Table(name = "service_status_notice")
class ServiceStatusNotice {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private NoticeKind kind;

	private String title;

	private String message;

	private Instant startsAt;

	private Instant endsAt;

	/** Written with the notice; lists read them with one query per page. */
	@ElementCollection
	@CollectionTable(name = "notice_location", joinColumns = @JoinColumn(name = "notice_id"))
	@Column(name = "location_id")
	private Set<Long> locationIds = new LinkedHashSet<>();

	private Long postedByUserId;

	private String postedByName;

	private Instant postedAt;

	private int companiesNotified;

	private int emailsQueued;

	protected ServiceStatusNotice() {
	}

	ServiceStatusNotice(NewNotice notice, long postedByUserId, String postedByName, Instant postedAt) {
		if (!notice.endsAt().isAfter(notice.startsAt())) {
			throw new IllegalArgumentException("A notice ends after it starts");
		}
		this.kind = notice.kind();
		this.title = notice.title().strip();
		this.message = notice.message().strip();
		this.startsAt = notice.startsAt();
		this.endsAt = notice.endsAt();
		this.locationIds.addAll(notice.locationIds());
		this.postedByUserId = postedByUserId;
		this.postedByName = postedByName;
		this.postedAt = postedAt;
	}

	/** Records what posting it caused. */
	void notified(int companies, int emails) {
		this.companiesNotified = companies;
		this.emailsQueued = emails;
	}

	Long id() {
		return this.id;
	}

	NoticeKind kind() {
		return this.kind;
	}

	String title() {
		return this.title;
	}

	String message() {
		return this.message;
	}

	Instant startsAt() {
		return this.startsAt;
	}

	Instant endsAt() {
		return this.endsAt;
	}

	Set<Long> locationIds() {
		return Set.copyOf(this.locationIds);
	}

	NoticeRow row(List<String> locations) {
		return new NoticeRow(this.id, this.kind, this.title, this.message, this.startsAt, this.endsAt, locations,
				this.postedByName, this.postedAt, this.companiesNotified, this.emailsQueued);
	}

}
