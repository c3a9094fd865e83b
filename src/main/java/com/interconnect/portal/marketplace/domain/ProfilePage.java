package com.interconnect.portal.marketplace.domain;

import java.time.Instant;
import java.util.List;

import com.interconnect.portal.ordering.PortSummary;

/**
 * The Marketplace Profile page.
 *
 * @param data the profile as stored (defaults when there is none yet)
 * @param exists whether the company has a profile
 * @param ports the company's ports that can be listed (LIVE, and any already listed)
 * @param canEdit whether the user may change it
 * @param updatedBy who changed it last
 * @param updatedAt when
 */
public record ProfilePage(ProfileData data, boolean exists, List<PortSummary> ports, boolean canEdit, String updatedBy,
		Instant updatedAt) {

}
