package com.interconnect.portal.account.domain;

import java.util.List;
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

	// Their counts stop at {@code limit} (a CappedPage): the operator's list has 100,000
	// companies and is opened all day.

	@Query("select c from Company c where lower(c.name) like :pattern order by lower(c.name), c.id")
	List<Company> search(String pattern, Pageable pageable);

	@Query(value = "select count(*) from (select 1 from company where lower(name) like :pattern limit :limit) c",
			nativeQuery = true)
	long countSearchUpTo(String pattern, long limit);

	/** Every company by name. */
	@Query("select c from Company c order by lower(c.name), c.id")
	List<Company> listByName(Pageable pageable);

	@Query(value = "select count(*) from (select 1 from company limit :limit) c", nativeQuery = true)
	long countUpTo(long limit);

	@Query("select c from Company c where c.accountType = :accountType order by lower(c.name), c.id")
	List<Company> listByNameOfType(AccountType accountType, Pageable pageable);

	@Query(value = "select count(*) from (select 1 from company where account_type = :accountType limit :limit) c",
			nativeQuery = true)
	long countOfTypeUpTo(String accountType, long limit);

	@Query("""
			select c from Company c where c.accountType = :accountType and lower(c.name) like :pattern
			order by lower(c.name), c.id""")
	List<Company> searchByType(AccountType accountType, String pattern, Pageable pageable);

	@Query(value = """
			select count(*) from (select 1 from company where account_type = :accountType
			  and lower(name) like :pattern limit :limit) c""", nativeQuery = true)
	long countSearchOfTypeUpTo(String accountType, String pattern, long limit);

	@Query("""
			select c from Company c where c.parentPartnerId = :partnerId and lower(c.name) like :pattern
			order by lower(c.name), c.id""")
	Page<Company> searchManagedBy(long partnerId, String pattern, Pageable pageable);

}
