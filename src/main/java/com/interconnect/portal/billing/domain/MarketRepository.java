package com.interconnect.portal.billing.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MarketRepository extends JpaRepository<Market, String> {

	List<Market> findAllByOrderByName();

}
