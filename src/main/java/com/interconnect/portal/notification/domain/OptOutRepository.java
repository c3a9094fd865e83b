package com.interconnect.portal.notification.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OptOutRepository extends JpaRepository<OptOut, OptOut.Key> {

	List<OptOut> findByUserId(long userId);

	@Modifying
	@Query(value = "delete from notification_subscription where user_id = :userId", nativeQuery = true)
	int turnOnAll(long userId);

	/** Turns the groups back on that are not in {@code off} (not empty). */
	@Modifying
	@Query(value = """
			delete from notification_subscription
			where user_id = :userId and notification_group not in (:off)""", nativeQuery = true)
	int turnOnAllBut(long userId, Collection<String> off);

	/** Turns a group off; turning it off twice (or at once from two tabs) is the same. */
	@Modifying
	@Query(value = """
			insert into notification_subscription (user_id, notification_group, created_at)
			values (:userId, :group, cast(:now as timestamptz))
			on conflict do nothing""", nativeQuery = true)
	int turnOff(long userId, String group, Instant now);

	/**
	 * The active users of a company with one of {@code roles} who have not turned the
	 * group off, in one query.
	 * <p>
	 * It reads {@code app_user} directly: the user module's API has no query for the
	 * users of a company by role, and recipients must be resolved in the transaction of
	 * the change, with each user's role and status as they are now (a user who was just
	 * made Read Only or deactivated receives nothing). Adding such a query to the user
	 * module's API would make it depend on notification groups, which belong here.
	 */
	@Query(value = """
			select u.id as id, u.email as email from app_user u
			left join notification_subscription s on s.user_id = u.id and s.notification_group = :group
			where u.company_id = :companyId and u.status = 'ACTIVE' and u.role in (:roles) and s.user_id is null
			order by u.id""", nativeQuery = true)
	List<UserAddress> subscribersOf(long companyId, String group, Collection<String> roles);

	/**
	 * The subscribers to a group, as {@link #subscribersOf} finds them, of every company
	 * with a port that has not ended (AWAITING_APPROVAL, DEPLOYABLE, CONFIGURED or LIVE;
	 * see {@code ServiceState#isEnded}) at one of the locations, by company, in one
	 * query.
	 * <p>
	 * It reads the ordering module's {@code service} table directly, for the reasons of
	 * {@link #subscribersOf} and because the companies and their subscribers are then
	 * found in one statement, however many companies have ports there; a list of company
	 * ids from the ordering module's API would be a second round trip of unbounded size.
	 * The states are spelled out so that the partial index service_port_location_idx
	 * (V14) answers it.
	 */
	@Query(value = """
			select u.company_id as companyId, u.id as id, u.email as email from app_user u
			left join notification_subscription s on s.user_id = u.id and s.notification_group = :group
			where u.company_id in (
			    select p.company_id from service p
			    where p.kind = 'PORT' and p.location_id in (:locationIds)
			    and p.state in ('AWAITING_APPROVAL', 'DEPLOYABLE', 'CONFIGURED', 'LIVE'))
			and u.status = 'ACTIVE' and u.role in (:roles) and s.user_id is null
			order by u.company_id, u.id""", nativeQuery = true)
	List<CompanyUserAddress> subscribersWithPortsAt(Collection<Long> locationIds, String group,
			Collection<String> roles);

	/** A portal user's address, whatever their role and status. */
	@Query(value = "select u.id as id, u.email as email from app_user u where u.id = :userId", nativeQuery = true)
	Optional<UserAddress> addressOf(long userId);

	/** A user and their email address. */
	interface UserAddress {

		Long getId();

		String getEmail();

	}

	/** A user, their company and their email address. */
	interface CompanyUserAddress extends UserAddress {

		Long getCompanyId();

	}

}
