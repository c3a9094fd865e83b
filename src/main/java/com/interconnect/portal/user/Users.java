package com.interconnect.portal.user;

import java.util.Optional;

import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The user module's API for other modules.
 */
public interface Users {

	boolean existsByEmail(String email);

	/** The user as they would be signed in, if they are active. */
	Optional<CurrentUser> findActiveByEmail(String email);

	/**
	 * Creates a user who can log in at once, for data set up by the portal itself (the
	 * demo dataset).
	 */
	void createActive(long companyId, String email, String fullName, Role role, String rawPassword);

	/**
	 * Invites the first Company Admin of a company that has no users yet, and emails them
	 * their link (a {@link UserInvited} event). Allowed to the operator's Sales and
	 * Operator Admins, and to a Company Admin of the partner that manages the company.
	 * @throws EmailTakenException when the email belongs to a user already
	 * @throws IllegalStateException when the company already has users
	 */
	void inviteFirstAdmin(CurrentUser actor, long companyId, String email, String fullName);

	/**
	 * One page of a company's users by name, for those who may set the company up (see
	 * {@link UserPermissions#canSetUpCompany}).
	 */
	Page<UserSummary> usersOf(CurrentUser actor, long companyId, Pageable pageable);

}
