package com.interconnect.portal.notification.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ServiceStatusNoticeRepository extends JpaRepository<ServiceStatusNotice, Long> {

	/** The notices, newest first (service_status_notice_posted_idx). */
	Page<ServiceStatusNotice> findAllByOrderByPostedAtDescIdDesc(Pageable pageable);

	/** The locations of a page of notices, in one query (notice_location's key). */
	@Query("select n.id as noticeId, l as locationId from ServiceStatusNotice n join n.locationIds l where n.id in :ids")
	List<NoticeLocation> locationsOf(Collection<Long> ids);

	/** One location of a notice. */
	interface NoticeLocation {

		Long getNoticeId();

		Long getLocationId();

	}

}
