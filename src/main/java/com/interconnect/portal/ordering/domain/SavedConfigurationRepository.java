package com.interconnect.portal.ordering.domain;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SavedConfigurationRepository extends JpaRepository<SavedConfiguration, Long> {

	/**
	 * A company's configurations, most recently changed first
	 * (saved_configuration_company_idx).
	 */
	Page<SavedConfiguration> findByCompanyIdOrderByUpdatedAtDescIdDesc(long companyId, Pageable pageable);

	Optional<SavedConfiguration> findByIdAndCompanyId(long id, long companyId);

	/**
	 * The company's configurations not ordered yet, most recently changed first
	 * (saved_configuration_company_idx).
	 */
	List<SavedConfiguration> findByCompanyIdAndOrderedAtIsNullOrderByUpdatedAtDescIdDesc(long companyId,
			Pageable pageable);

	boolean existsByCompanyIdAndNameIgnoreCase(long companyId, String name);

	/**
	 * The lower-cased names of the company's configurations that are like {@code pattern}
	 * (escaped with a backslash).
	 */
	@Query("""
			select lower(c.name) from SavedConfiguration c
			where c.companyId = :companyId and lower(c.name) like :pattern escape '\\'""")
	List<String> lowerCaseNamesLike(long companyId, String pattern);

	/** The configuration, locked until the transaction ends: it is ordered once. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from SavedConfiguration c where c.id = :id and c.companyId = :companyId")
	Optional<SavedConfiguration> lockByIdAndCompanyId(long id, long companyId);

	@Query("""
			select count(c) > 0 from SavedConfiguration c
			where c.companyId = :companyId and lower(c.name) = lower(:name) and c.id <> :exceptId""")
	boolean nameTaken(long companyId, String name, long exceptId);

}
