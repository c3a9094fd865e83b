package com.interconnect.portal.config;

import com.interconnect.portal.shared.Role;
import com.interconnect.portal.user.ActiveUserFilter;

import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
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
			CsrfTokenRepository csrfTokens, RateLimits rateLimits, Environment environment) throws Exception {
		http.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens))
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/login", "/signup", "/invitations/**", "/css/**", "/js/**", "/favicon.svg", "/error")
				.permitAll()
				.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
				.permitAll()
				.requestMatchers(EndpointRequest.toAnyEndpoint())
				.access(managementAccess(environment))
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
			.addFilterAfter(new UserLogContextFilter(), ActiveUserFilter.class)
			// after the signed-in user is known, before a log-in is tried
			.addFilterBefore(rateLimits, UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

	/**
	 * Health is public (its details only for Operator Admins); the other actuator
	 * endpoints need an Operator Admin, unless they are served on a management port of
	 * their own ({@code management.server.port}), which is kept off the public network.
	 */
	private static AuthorizationManager<RequestAuthorizationContext> managementAccess(Environment environment) {
		if (ManagementPortType.get(environment) == ManagementPortType.DIFFERENT) {
			return (authentication, context) -> new AuthorizationDecision(true);
		}
		return AuthorityAuthorizationManager.hasRole(Role.OPERATOR_ADMIN.name());
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

	/** First of all filters, so that every line of the request carries its id. */
	@Bean
	FilterRegistrationBean<RequestLogContextFilter> requestLogContextFilter() {
		FilterRegistrationBean<RequestLogContextFilter> registration = new FilterRegistrationBean<>(
				new RequestLogContextFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

}
