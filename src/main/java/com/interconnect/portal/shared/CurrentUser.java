package com.interconnect.portal.shared;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as every module sees them: who they are, their company and their
 * role. Services take it as a parameter and check company and role themselves (never
 * trusting what the page showed).
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

	private final long id;

	private final long companyId;

	private final String email;

	private final String fullName;

	private final Role role;

	private final boolean locked;

	private String passwordHash;

	public CurrentUser(long id, long companyId, String email, String fullName, Role role, String passwordHash,
			boolean locked) {
		this.id = id;
		this.companyId = companyId;
		this.email = email;
		this.fullName = fullName;
		this.role = role;
		this.passwordHash = passwordHash;
		this.locked = locked;
	}

	public long id() {
		return this.id;
	}

	public long companyId() {
		return this.companyId;
	}

	public String email() {
		return this.email;
	}

	public String fullName() {
		return this.fullName;
	}

	public Role role() {
		return this.role;
	}

	public boolean hasRole(Role... roles) {
		return List.of(roles).contains(this.role);
	}

	public boolean isOperatorStaff() {
		return this.role.isOperatorStaff();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + this.role.name()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CurrentUser that && this.id == that.id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.id);
	}

	@Override
	public String toString() {
		return "CurrentUser[" + this.id + ", " + this.email + ", " + this.role + "]";
	}

}
