package com.interconnect.portal.marketplace;

import java.time.Instant;

/**
 * A provider created a service key for one of its ports.
 *
 * @param keyId the key
 * @param companyId the provider
 * @param description its description
 * @param portName the port it reaches
 * @param details its rules as the audit log shows them
 * @param actorId the user who created it
 * @param actorName their name
 * @param createdAt when
 */
public record ServiceKeyCreated(long keyId, long companyId, String description, String portName, String details,
		long actorId, String actorName, Instant createdAt) {

}
