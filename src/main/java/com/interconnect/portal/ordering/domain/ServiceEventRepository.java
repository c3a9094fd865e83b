package com.interconnect.portal.ordering.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceEventRepository extends JpaRepository<ServiceEvent, Long> {

	List<ServiceEvent> findByServiceIdOrderByAtAscIdAsc(long serviceId);

}
