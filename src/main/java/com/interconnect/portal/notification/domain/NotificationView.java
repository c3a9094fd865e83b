package com.interconnect.portal.notification.domain;

import java.time.Instant;

import com.interconnect.portal.notification.NotificationGroup;

/**
 * One line of the user's notification list: the subject only, never the body (an
 * invitation's body holds its set-password link).
 *
 * @param subject the email's subject
 * @param group its notification group
 * @param createdAt when it was written
 * @param unread whether the user had not seen it before opening the list
 */
public record NotificationView(String subject, NotificationGroup group, Instant createdAt, boolean unread) {

}
