package com.interconnect.portal.user.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.NewCompany;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Forbidden;
import com.interconnect.portal.shared.LikePattern;
import com.interconnect.portal.shared.NotFoundException;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.user.EmailTakenException;
import com.interconnect.portal.user.UserDeactivated;
import com.interconnect.portal.user.UserInvited;
import com.interconnect.portal.user.UserJoined;
import com.interconnect.portal.user.UserPermissions;
import com.interconnect.portal.user.UserRoleChanged;
import com.interconnect.portal.user.UserStatus;
import com.interconnect.portal.user.UserSummary;
import com.interconnect.portal.user.Users;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-up, invitations, roles and deactivation, with the acting user's company and role
 * checked here, whatever the page showed.
 */
@Service
@Transactional(readOnly = true)
public class UserService implements Users {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final UserRepository users;

	private final InvitationRepository invitations;

	private final Accounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final InvitationProperties invitationProperties;

	private final Clock clock;

	UserService(UserRepository users, InvitationRepository invitations, Accounts accounts,
			PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
			InvitationProperties invitationProperties, Clock clock) {
		this.users = users;
		this.invitations = invitations;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.invitationProperties = invitationProperties;
		this.clock = clock;
	}

	/**
	 * Sign-up (§8): a new DIRECT company supported by the operator, with the new user as
	 * its Company Admin and their email kept as the company's sign-up email.
	 */
	@Transactional
	public CurrentUser signUp(String companyName, String fullName, String email, String rawPassword) {
		requireFreeEmail(email);
		CompanySummary company = this.accounts.create(NewCompany.direct(companyName, email));
		return save(User.active(company.id(), email, fullName, Role.COMPANY_ADMIN,
				this.passwordEncoder.encode(rawPassword), now()))
			.toCurrentUser(now());
	}

	@Override
	public boolean existsByEmail(String email) {
		if (!User.canBeAnEmail(email)) {
			return false;
		}
		return this.users.existsByEmail(User.normalise(email));
	}

	@Override
	@Transactional
	public void createActive(long companyId, String email, String fullName, Role role, String rawPassword) {
		requireFreeEmail(email);
		save(User.active(companyId, email, fullName, role, this.passwordEncoder.encode(rawPassword), now()));
	}

	@Override
	@Transactional
	public void inviteFirstAdmin(CurrentUser actor, long companyId, String email, String fullName) {
		CompanySummary company = this.accounts.get(companyId);
		requireCompanySetUpBy(actor, company);
		if (this.users.existsByCompanyId(companyId)) {
			throw new IllegalStateException(company.name() + " already has users: its Company Admins invite others.");
		}
		requireFreeEmail(email);
		User user = save(User.invited(companyId, email, fullName, Role.COMPANY_ADMIN, now()));
		sendInvitation(actor, user);
	}

	@Override
	public Page<UserSummary> usersOf(CurrentUser actor, long companyId, Pageable pageable) {
		requireCompanySetUpBy(actor, this.accounts.get(companyId));
		return this.users.search(companyId, "%", pageable)
			.map((user) -> new UserSummary(user.id(), user.email(), user.fullName(), user.role(), user.status()));
	}

	/** 403 for the actor's own company, 404 for anyone else's. */
	private void requireCompanySetUpBy(CurrentUser actor, CompanySummary company) {
		if (!UserPermissions.canSetUpCompany(actor, company)) {
			if (company.id() == actor.companyId()) {
				throw new Forbidden("Only the operator's Sales team or your partner can set up your company.");
			}
			throw new NotFoundException("Company");
		}
	}

	public Page<UserRow> list(CurrentUser actor, String query, Pageable pageable) {
		requireUserManager(actor);
		String pattern = LikePattern.containing((query != null) ? query : "");
		return this.users.search(actor.companyId(), pattern, pageable).map(User::toRow);
	}

	public UserRow get(CurrentUser actor, long userId) {
		requireUserManager(actor);
		return findInCompany(actor, userId).toRow();
	}

	/**
	 * Invites a user to the actor's company and sends them a single-use link to set their
	 * password.
	 */
	@Transactional
	public UserRow invite(CurrentUser actor, String email, String fullName, Role role) {
		requireUserManager(actor);
		requireAssignable(actor, role);
		this.users.findByEmail(User.normalise(email)).ifPresent((existing) -> {
			throw new EmailTakenException(existing.email(), existing.companyId() == actor.companyId());
		});
		User user = save(User.invited(actor.companyId(), email, fullName, role, now()));
		sendInvitation(actor, user);
		return user.toRow();
	}

	/**
	 * Replaces the pending invitation of a user who has not joined yet with a fresh one.
	 */
	@Transactional
	public void resendInvitation(CurrentUser actor, long userId) {
		requireUserManager(actor);
		User user = findInCompany(actor, userId);
		if (user.status() != UserStatus.INVITED) {
			throw new InvitationRefusedException((user.status() == UserStatus.ACTIVE)
					? user.fullName() + " has already joined: there is no invitation to resend."
					: user.fullName() + " is deactivated: invite a new address instead.");
		}
		this.invitations.findByUserIdAndUsedAtIsNull(userId).forEach((invitation) -> invitation.revoke(now()));
		sendInvitation(actor, user);
	}

	@Transactional
	public void changeRole(CurrentUser actor, long userId, Role role) {
		requireUserManager(actor);
		requireAssignable(actor, role);
		User user = findInCompany(actor, userId);
		if (user.role() == role) {
			return;
		}
		requireAnotherAdminBesides(actor, user);
		Role oldRole = user.role();
		user.changeRole(role);
		this.events.publishEvent(new UserRoleChanged(user.id(), user.companyId(), user.email(), actor.id(),
				actor.fullName(), oldRole, role));
	}

	@Transactional
	public void deactivate(CurrentUser actor, long userId) {
		requireUserManager(actor);
		User user = findInCompany(actor, userId);
		requireAnotherAdminBesides(actor, user);
		boolean wasDeactivated = user.status() == UserStatus.DEACTIVATED;
		user.deactivate();
		// the link of a user who never joined no longer works
		this.invitations.findByUserIdAndUsedAtIsNull(userId).forEach((invitation) -> invitation.revoke(now()));
		if (!wasDeactivated) {
			this.events.publishEvent(
					new UserDeactivated(user.id(), user.companyId(), user.email(), actor.id(), actor.fullName()));
		}
	}

	/** What the set-password page shows for a valid invitation link. */
	public InvitationView openInvitation(String token) {
		Invitation invitation = this.invitations.findByTokenHash(hash(token))
			.filter((candidate) -> candidate.isUsable(now()))
			.orElseThrow(InvalidInvitationException::new);
		User user = this.users.findById(invitation.userId())
			.filter((invited) -> invited.status() == UserStatus.INVITED)
			.orElseThrow(InvalidInvitationException::new);
		return new InvitationView(user.email(), user.fullName(), this.accounts.get(user.companyId()).name());
	}

	/**
	 * Uses the link once: the invited user sets their name and password and can log in.
	 */
	@Transactional
	public void acceptInvitation(String token, String fullName, String rawPassword) {
		Invitation invitation = this.invitations.findForUpdateByTokenHash(hash(token))
			.orElseThrow(InvalidInvitationException::new);
		User user = this.users.findById(invitation.userId())
			.filter((invited) -> invited.status() == UserStatus.INVITED)
			.orElseThrow(InvalidInvitationException::new);
		invitation.use(now());
		user.join(fullName, this.passwordEncoder.encode(rawPassword));
		this.events
			.publishEvent(new UserJoined(user.id(), user.companyId(), user.email(), user.fullName(), user.role()));
	}

	/** The user as the security layer loads them at log-in, if they may log in at all. */
	@Override
	public Optional<CurrentUser> findActiveByEmail(String email) {
		if (!User.canBeAnEmail(email)) {
			return Optional.empty();
		}
		return this.users.findByEmail(User.normalise(email))
			.filter((user) -> user.status() == UserStatus.ACTIVE)
			.map((user) -> user.toCurrentUser(now()));
	}

	/**
	 * The signed-in user as they are now: their role may have changed, or they may have
	 * been deactivated.
	 */
	public Optional<CurrentUser> findActiveById(long userId) {
		return this.users.findById(userId)
			.filter((user) -> user.status() == UserStatus.ACTIVE)
			.map((user) -> user.toCurrentUser(now()));
	}

	private void sendInvitation(CurrentUser actor, User user) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant expiresAt = now().plus(this.invitationProperties.validity());
		this.invitations.save(new Invitation(user.id(), hash(token), actor.id(), now(), expiresAt));
		String companyName = this.accounts.get(user.companyId()).name();
		this.events.publishEvent(new UserInvited(user.id(), user.companyId(), companyName, user.email(),
				user.fullName(), user.role(), actor.id(), actor.fullName(), token, expiresAt));
	}

	private void requireAnotherAdminBesides(CurrentUser actor, User user) {
		Role adminRole = UserPermissions.adminRoleOf(actor);
		if (!user.isAdminOfItsCompany(adminRole)) {
			return;
		}
		// lock the admins first: two admins demoting each other at once must not leave
		// the company without one
		boolean another = this.users.lockActiveAdmins(actor.companyId(), adminRole)
			.stream()
			.anyMatch((id) -> !id.equals(user.id()));
		if (!another) {
			throw new LastAdminException(adminRole.label());
		}
	}

	private User findInCompany(CurrentUser actor, long userId) {
		return this.users.findByIdAndCompanyId(userId, actor.companyId())
			.orElseThrow(() -> new NotFoundException("User"));
	}

	private void requireUserManager(CurrentUser actor) {
		Forbidden.unless(UserPermissions.canManageUsers(actor), "Only a Company Admin can manage users.");
	}

	private void requireAssignable(CurrentUser actor, Role role) {
		Forbidden.unless(Arrays.asList(UserPermissions.assignableRoles(actor)).contains(role),
				"The role " + role.label() + " cannot be given in this company.");
	}

	private void requireFreeEmail(String email) {
		if (existsByEmail(email)) {
			throw new EmailTakenException(User.normalise(email));
		}
	}

	private User save(User user) {
		try {
			return this.users.saveAndFlush(user);
		}
		catch (DataIntegrityViolationException ex) {
			// a concurrent request registered the same email between the check and this
			// insert
			throw new EmailTakenException(user.email());
		}
	}

	private Instant now() {
		return this.clock.instant();
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
