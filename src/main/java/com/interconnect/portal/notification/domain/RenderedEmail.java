package com.interconnect.portal.notification.domain;

/** An email's subject and its plain-text and HTML bodies. */
record RenderedEmail(String subject, String text, String html) {

}
