package com.interconnect.portal.user.domain;

/**
 * What the invited user sees before setting their password.
 */
public record InvitationView(String email, String fullName, String companyName) {

}
