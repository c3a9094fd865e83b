package com.interconnect.portal.user.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long an invitation link stays valid ({@code portal.invitation.validity}).
 */
@ConfigurationProperties("portal.invitation")
public record InvitationProperties(Duration validity) {

}
