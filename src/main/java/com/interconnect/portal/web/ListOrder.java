package com.interconnect.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every paged list has one order, the one its query and its index are written for; a
 * {@code ?sort=} (which Spring Data would append to the query, whatever property it
 * names) answers 400 instead of reaching the database.
 */
@Configuration(proxyBeanMethods = false)
class ListOrder implements WebMvcConfigurer, HandlerInterceptor {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		if (request.getParameter("sort") != null) {
			response.sendError(HttpStatus.BAD_REQUEST.value(), "Lists have a fixed order: sort is not supported.");
			return false;
		}
		return true;
	}

}
