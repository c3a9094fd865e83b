package com.interconnect.portal.catalog.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface LocationRepository extends JpaRepository<Location, Long> {

	List<Location> findByActiveTrueOrderByCountryNameAscCityAscDataCentreAsc();

}
