/**
 * Email notifications (product.md §7): notification groups, the outbox written in the
 * transaction of the change that caused an email, the background dispatcher that delivers
 * it with retries, and the email templates.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package com.interconnect.portal.notification;
