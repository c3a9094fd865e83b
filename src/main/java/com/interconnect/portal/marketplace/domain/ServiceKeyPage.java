package com.interconnect.portal.marketplace.domain;

import org.springframework.data.domain.Page;

/**
 * One service key's page: the key and the VXCs that used it, latest first.
 *
 * @param key the key
 * @param uses one page of its uses
 * @param canManage whether the viewer may deactivate it
 */
public record ServiceKeyPage(ServiceKeyRow key, Page<ServiceKeyUseRow> uses, boolean canManage) {

}
