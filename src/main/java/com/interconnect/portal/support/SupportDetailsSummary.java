package com.interconnect.portal.support;

import java.time.Instant;

/**
 * A company's technical support details as other modules show them; the phone in
 * international format.
 */
public record SupportDetailsSummary(long companyId, String phone, String email, String updatedBy, Instant updatedAt) {

}
