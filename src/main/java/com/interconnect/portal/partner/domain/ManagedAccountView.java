package com.interconnect.portal.partner.domain;

import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.user.UserSummary;

import org.springframework.data.domain.Page;

/**
 * One managed company's page: its facts, support details, setup and users.
 */
public record ManagedAccountView(CompanySummary partner, ManagedAccountRow account, Page<UserSummary> users) {

}
