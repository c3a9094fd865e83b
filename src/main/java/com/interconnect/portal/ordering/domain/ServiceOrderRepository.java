package com.interconnect.portal.ordering.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceOrderRepository extends JpaRepository<ServiceOrder, Long> {

}
