package com.interconnect.portal.notification.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import com.interconnect.portal.notification.NotificationGroup;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A notification group a user has turned off. Users are subscribed to every group unless
 * a row says otherwise; the database refuses rows for the groups that are always on.
 */
@Entity
@Table(name = "notification_subscription")
@IdClass(OptOut.Key.class)
class OptOut {

	@Id
	private Long userId;

	@Id
	@Enumerated(EnumType.STRING)
	@Column(name = "notification_group")
	private NotificationGroup group;

	private Instant createdAt;

	protected OptOut() {
	}

	NotificationGroup group() {
		return this.group;
	}

	/** The primary key: one row per user and group. */
	static class Key implements Serializable {

		private Long userId;

		private NotificationGroup group;

		protected Key() {
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key that && Objects.equals(this.userId, that.userId) && this.group == that.group;
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.userId, this.group);
		}

	}

}
