package com.interconnect.portal.account.domain;

import java.util.Optional;

import com.interconnect.portal.account.AccountType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CompanyRepository extends JpaRepository<Company, Long> {

	@Query("select c from Company c where lower(c.name) = lower(:name)")
	Optional<Company> findByNameIgnoringCase(String name);

	Optional<Company> findFirstByAccountType(AccountType accountType);

}
