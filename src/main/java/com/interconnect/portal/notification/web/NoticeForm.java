package com.interconnect.portal.notification.web;

import com.interconnect.portal.shared.MultiLine;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.interconnect.portal.notification.domain.NewNotice;
import com.interconnect.portal.notification.domain.NoticeKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * "Post notice" on the Service Status page. Times are entered in UTC (datetime-local
 * inputs); whether the end follows the start and the locations exist is checked by the
 * service.
 */
record NoticeForm(@NotNull(message = "Choose Maintenance or Outage.") NoticeKind kind,
		@NotBlank(message = "Enter a title.") @Size(max = 200,
				message = "A title has at most 200 characters.") String title,
		@NotBlank(message = "Enter the message customers should read.") @Size(max = 4000,
				message = "A message has at most 4000 characters.") @MultiLine String message,
		@NotNull(message = "Enter when it starts.") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
		@NotNull(message = "Enter when it ends.") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt,
		@NotEmpty(message = "Choose at least one location.") List<Long> locationIds) {

	static NoticeForm empty() {
		return new NoticeForm(NoticeKind.MAINTENANCE, "", "", null, null, List.of());
	}

	NewNotice notice() {
		return new NewNotice(this.kind, this.title, this.message, utc(this.startsAt), utc(this.endsAt),
				this.locationIds);
	}

	private static Instant utc(LocalDateTime time) {
		return (time != null) ? time.toInstant(ZoneOffset.UTC) : null;
	}

}
