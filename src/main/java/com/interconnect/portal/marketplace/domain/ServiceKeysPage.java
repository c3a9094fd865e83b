package com.interconnect.portal.marketplace.domain;

import java.util.List;

import com.interconnect.portal.ordering.PortSummary;

import org.springframework.data.domain.Page;

/**
 * Company > Service Keys.
 *
 * @param keys one page of the company's keys, newest first
 * @param ports its LIVE ports, which a new key can be for
 * @param canManage whether the viewer may create and deactivate keys
 */
public record ServiceKeysPage(Page<ServiceKeyRow> keys, List<PortSummary> ports, boolean canManage) {

}
