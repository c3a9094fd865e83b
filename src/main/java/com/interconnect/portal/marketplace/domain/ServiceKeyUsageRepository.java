package com.interconnect.portal.marketplace.domain;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceKeyUsageRepository extends JpaRepository<ServiceKeyUsage, Long> {

	/**
	 * The key's page: the VXCs that used it, latest first (service_key_usage_key_idx).
	 */
	Page<ServiceKeyUsage> findByKeyIdOrderByUsedAtDescIdDesc(long keyId, Pageable pageable);

	/** The key a VXC was ordered with, if any (its vxc_id is unique). */
	Optional<ServiceKeyUsage> findByVxcId(long vxcId);

}
