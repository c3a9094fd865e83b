package com.interconnect.portal.config;

import com.interconnect.portal.user.ActiveUserFilter;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Form log-in with bcrypt, CSRF on every form (Spring Security's default), a new session
 * id at log-in and strict security headers. Pages check roles in their services; here
 * only "signed in or not" is decided.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationFailureHandler loginFailureHandler,
			AuthenticationSuccessHandler loginSuccessHandler, ActiveUserFilter activeUserFilter,
			CsrfTokenRepository csrfTokens, RateLimits rateLimits) throws Exception {
		http.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens))
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/login", "/signup", "/invitations/**", "/css/**", "/js/**", "/favicon.svg", "/error")
				.permitAll()
				.anyRequest()
				.authenticated())
			.formLogin((form) -> form.loginPage("/login")
				.usernameParameter("email")
				.passwordParameter("password")
				.successHandler(loginSuccessHandler)
				.failureHandler(loginFailureHandler)
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp
					.policyDirectives("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
							+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions((frame) -> frame.deny()))
			.addFilterAfter(activeUserFilter, SecurityContextHolderFilter.class)
			// after the signed-in user is known, before a log-in is tried
			.addFilterBefore(rateLimits, UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

	/**
	 * The filter runs inside the security chain only, not a second time as a plain
	 * servlet filter.
	 */
	@Bean
	FilterRegistrationBean<ActiveUserFilter> activeUserFilterRegistration(ActiveUserFilter filter) {
		FilterRegistrationBean<ActiveUserFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	/**
	 * The session's CSRF token (Spring Security's default store), shared with the
	 * programmatic log-ins of sign-up and invitations, which rotate it as a form log-in
	 * does.
	 */
	@Bean
	CsrfTokenRepository csrfTokenRepository() {
		return new HttpSessionCsrfTokenRepository();
	}

	/** The rate limits run inside the security chain only. */
	@Bean
	FilterRegistrationBean<RateLimits> rateLimitsRegistration(RateLimits filter) {
		FilterRegistrationBean<RateLimits> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

}
