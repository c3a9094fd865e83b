package com.interconnect.portal.marketplace.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface MarketplaceProfileRepository
		extends JpaRepository<MarketplaceProfile, Long>, JpaSpecificationExecutor<MarketplaceProfile> {

	List<MarketplaceProfile> findByCompanyIdIn(Collection<Long> companyIds);

}
