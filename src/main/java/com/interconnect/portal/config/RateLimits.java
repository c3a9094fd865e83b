package com.interconnect.portal.config;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.interconnect.portal.config.RateLimitProperties.Setting;
import com.interconnect.portal.shared.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Rate limits on what an attacker repeats: log-in, sign-up, invitations, "Resend
 * invitation" and service-key look-ups, each per client address and per account (the
 * email typed at log-in, the signed-in user otherwise). Counted in PostgreSQL
 * ({@code rate_limit_window}, one statement per count), so that they hold across portal
 * instances; a request over a limit answers 429 with the error page's explanation and a
 * Retry-After, and changes nothing. The limits are in docs/decisions.md.
 */
@Component
class RateLimits extends OncePerRequestFilter {

	private static final Logger logger = LoggerFactory.getLogger(RateLimits.class);

	/** The requests each limit counts, by its name in {@link RateLimitProperties}. */
	private static final Map<String, RequestMatcher> COUNTED = Map.of("log-in", pathPattern(HttpMethod.POST, "/login"),
			"sign-up", pathPattern(HttpMethod.POST, "/signup"), "invitation",
			pathPattern(HttpMethod.POST, "/company/users/invite"), "resend",
			pathPattern(HttpMethod.POST, "/company/users/*/resend-invitation"), "service-key",
			pathPattern(HttpMethod.POST, "/marketplace/service-key"));

	private final RateLimitProperties limits;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	RateLimits(RateLimitProperties limits, JdbcTemplate jdbc, Clock clock) {
		this.limits = limits;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		for (Map.Entry<String, RequestMatcher> counted : COUNTED.entrySet()) {
			if (counted.getValue().matches(request)) {
				String name = counted.getKey();
				Optional<Duration> retryAfter = check(name, this.limits.of(name), request);
				if (retryAfter.isPresent()) {
					response.setHeader("Retry-After", String.valueOf(Math.max(1, retryAfter.get().toSeconds())));
					response.sendError(HttpStatus.TOO_MANY_REQUESTS.value(),
							"Too many " + name + " attempts: try again later.");
					return;
				}
			}
		}
		chain.doFilter(request, response);
	}

	/**
	 * Counts the request; when it is over a limit, how long until that limit's window
	 * ends.
	 */
	private Optional<Duration> check(String name, Setting limit, HttpServletRequest request) {
		Instant now = this.clock.instant();
		Optional<Duration> byAddress = (limit.perAddress() > 0)
				? count(name, limit, "address:" + request.getRemoteAddr(), limit.perAddress(), now) : Optional.empty();
		String account = accountOf(request);
		Optional<Duration> byAccount = (account != null && limit.perAccount() > 0)
				? count(name, limit, "account:" + account, limit.perAccount(), now) : Optional.empty();
		if (byAddress.isPresent() || byAccount.isPresent()) {
			logger.warn("Rate limit: {} refused for {}{}", name, request.getRemoteAddr(),
					(byAccount.isPresent()) ? " (account limit)" : "");
		}
		return byAddress.or(() -> byAccount);
	}

	private Optional<Duration> count(String name, Setting limit, String who, int max, Instant now) {
		Timestamp at = Timestamp.from(now);
		Timestamp windowEndsBefore = Timestamp.from(now.minus(limit.window()));
		// one statement: a new window, or one more request in the current one
		Instant windowStart = this.jdbc.queryForObject("""
				insert into rate_limit_window (key, window_start, requests) values (?, ?, 1)
				on conflict (key) do update set
				    requests = case when rate_limit_window.window_start <= ? then 1
				                    else rate_limit_window.requests + 1 end,
				    window_start = case when rate_limit_window.window_start <= ? then excluded.window_start
				                        else rate_limit_window.window_start end
				returning case when requests > ? then window_start end""", (rs, row) -> {
			Timestamp start = rs.getTimestamp(1);
			return (start != null) ? start.toInstant() : null;
		}, name + ":" + who, at, windowEndsBefore, windowEndsBefore, max);
		return Optional.ofNullable(windowStart).map((start) -> Duration.between(now, start.plus(limit.window())));
	}

	/**
	 * The account a request acts for: the signed-in user, or the email typed to log in.
	 */
	private static String accountOf(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			return "user:" + user.id();
		}
		String email = request.getParameter("email");
		return (email != null && !email.isBlank()) ? "email:" + email.strip().toLowerCase(Locale.ROOT) : null;
	}

	/** Deletes the windows that ended long ago. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
	void forgetEndedWindows() {
		this.jdbc.update("delete from rate_limit_window where window_start < ?",
				Timestamp.from(this.clock.instant().minus(Duration.ofDays(1))));
	}

}
