package com.interconnect.portal.notification.domain;

import java.time.Instant;

import com.interconnect.portal.notification.NotificationGroup;

/**
 * One line of the user's notification list: the subject, which opens the notification.
 *
 * @param id the notification (its email)
 * @param subject the email's subject
 * @param group its notification group
 * @param createdAt when it was written
 * @param unread whether the user had not seen it before opening the list
 */
public record NotificationView(long id, String subject, NotificationGroup group, Instant createdAt, boolean unread) {

}
