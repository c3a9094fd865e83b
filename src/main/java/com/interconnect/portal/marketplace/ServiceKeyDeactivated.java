package com.interconnect.portal.marketplace;

import java.time.Instant;

/**
 * A provider deactivated a service key: it can no longer be used; its history stays.
 *
 * @param keyId the key
 * @param companyId the provider
 * @param description its description
 * @param actorId the user who deactivated it
 * @param actorName their name
 * @param deactivatedAt when
 */
public record ServiceKeyDeactivated(long keyId, long companyId, String description, long actorId, String actorName,
		Instant deactivatedAt) {

}
