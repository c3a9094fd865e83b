package com.interconnect.portal.config;

import java.io.IOException;
import java.util.regex.Pattern;

import com.interconnect.portal.shared.LogContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id for its log lines and its answer: the load balancer's
 * {@code X-Request-Id} when it sends a sensible one, a new one otherwise, echoed in the
 * response's {@code X-Request-Id}.
 */
class RequestLogContextFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	/** What an upstream id may look like (anything else could forge log lines). */
	private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String given = request.getHeader(HEADER);
		String requestId = (given != null && ACCEPTED.matcher(given).matches()) ? given : LogContext.newRequestId();
		response.setHeader(HEADER, requestId);
		try (MDC.MDCCloseable id = MDC.putCloseable(LogContext.REQUEST_ID, requestId)) {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(LogContext.USER_ID);
		}
	}

}
