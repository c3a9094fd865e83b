package com.interconnect.portal.user.domain;

import java.time.Instant;

import com.interconnect.portal.shared.TextInput;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.user.UserStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "app_user")
class User {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long companyId;

	private String email;

	private String fullName;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	@Enumerated(EnumType.STRING)
	private UserStatus status;

	private int failedLoginAttempts;

	private Instant lockedUntil;

	private Instant createdAt;

	@Version
	private long version;

	protected User() {
	}

	private User(long companyId, String email, String fullName, Role role, UserStatus status, String passwordHash,
			Instant createdAt) {
		this.companyId = companyId;
		this.email = normalise(email);
		this.fullName = fullName.strip();
		this.role = role;
		this.status = status;
		this.passwordHash = passwordHash;
		this.createdAt = createdAt;
	}

	static User active(long companyId, String email, String fullName, Role role, String passwordHash, Instant now) {
		return new User(companyId, email, fullName, role, UserStatus.ACTIVE, passwordHash, now);
	}

	static User invited(long companyId, String email, String fullName, Role role, Instant now) {
		return new User(companyId, email, fullName, role, UserStatus.INVITED, null, now);
	}

	static String normalise(String email) {
		return email.strip().toLowerCase();
	}

	/**
	 * Whether a typed text can be anybody's email at all: one with a control character
	 * (which PostgreSQL would refuse in a query, a NUL) is nobody's.
	 */
	static boolean canBeAnEmail(String email) {
		return email != null && !TextInput.hasControlCharacters(email, false);
	}

	/** Completes an invitation: the invited user chooses their name and password. */
	void join(String fullName, String passwordHash) {
		if (this.status != UserStatus.INVITED) {
			throw new IllegalStateException("Only an invited user can join");
		}
		this.fullName = fullName.strip();
		this.passwordHash = passwordHash;
		this.status = UserStatus.ACTIVE;
	}

	void changeRole(Role role) {
		this.role = role;
	}

	void deactivate() {
		this.status = UserStatus.DEACTIVATED;
	}

	boolean isAdminOfItsCompany(Role adminRole) {
		return this.role == adminRole && this.status == UserStatus.ACTIVE;
	}

	CurrentUser toCurrentUser(Instant now) {
		boolean locked = this.lockedUntil != null && this.lockedUntil.isAfter(now);
		return new CurrentUser(this.id, this.companyId, this.email, this.fullName, this.role, this.passwordHash,
				locked);
	}

	UserRow toRow() {
		return new UserRow(this.id, this.email, this.fullName, this.role, this.status);
	}

	Long id() {
		return this.id;
	}

	long companyId() {
		return this.companyId;
	}

	String email() {
		return this.email;
	}

	String fullName() {
		return this.fullName;
	}

	Role role() {
		return this.role;
	}

	UserStatus status() {
		return this.status;
	}

}
