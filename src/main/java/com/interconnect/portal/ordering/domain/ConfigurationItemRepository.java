package com.interconnect.portal.ordering.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConfigurationItemRepository extends JpaRepository<ConfigurationItem, Long> {

	/**
	 * The items of a configuration in the order they were added
	 * (configuration_item_configuration_idx).
	 */
	List<ConfigurationItem> findByConfigurationIdOrderByIdAsc(long configurationId);

	/** The items of a page of configurations, in one query. */
	List<ConfigurationItem> findByConfigurationIdInOrderByIdAsc(Collection<Long> configurationIds);

	Optional<ConfigurationItem> findByIdAndConfigurationId(long id, long configurationId);

	/**
	 * The company's own ports a VXC can be designed on: those not ended
	 * (service_company_state_idx).
	 */
	@Query("""
			select s from Service s where s.companyId = :companyId
			and s.kind = com.interconnect.portal.ordering.ServiceKind.PORT
			and s.state in (com.interconnect.portal.ordering.ServiceState.DEPLOYABLE,
				com.interconnect.portal.ordering.ServiceState.CONFIGURED,
				com.interconnect.portal.ordering.ServiceState.LIVE)
			order by s.name, s.id""")
	List<Service> activePortsOf(long companyId, Pageable pageable);

	@Query("select s from Service s where s.id in :ids")
	List<Service> servicesById(Collection<Long> ids);

}
