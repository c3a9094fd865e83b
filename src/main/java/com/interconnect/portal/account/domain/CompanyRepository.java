package com.interconnect.portal.account.domain;

import java.util.Optional;

import com.interconnect.portal.account.AccountType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CompanyRepository extends JpaRepository<Company, Long> {

	@Query("select c from Company c where lower(c.name) = lower(:name)")
	Optional<Company> findByNameIgnoringCase(String name);

	Optional<Company> findFirstByAccountType(AccountType accountType);

	// the searches below use the trigram index on lower(name) and the name-ordered
	// indexes of V8__operator.sql

	@Query("select c from Company c where lower(c.name) like :pattern order by lower(c.name), c.id")
	Page<Company> search(String pattern, Pageable pageable);

	/** Every company by name: without a search, no filter for the count to check. */
	@Query("select c from Company c order by lower(c.name), c.id")
	Page<Company> listByName(Pageable pageable);

	@Query("select c from Company c where c.accountType = :accountType order by lower(c.name), c.id")
	Page<Company> listByNameOfType(AccountType accountType, Pageable pageable);

	@Query("""
			select c from Company c where c.accountType = :accountType and lower(c.name) like :pattern
			order by lower(c.name), c.id""")
	Page<Company> searchByType(AccountType accountType, String pattern, Pageable pageable);

	@Query("""
			select c from Company c where c.parentPartnerId = :partnerId and lower(c.name) like :pattern
			order by lower(c.name), c.id""")
	Page<Company> searchManagedBy(long partnerId, String pattern, Pageable pageable);

}
