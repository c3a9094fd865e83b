package com.interconnect.portal.web;

import java.text.NumberFormat;
import java.util.Locale;

import com.interconnect.portal.shared.CappedPage;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the pager fragment ({@code fragments/lists :: pager}) shows: links to the previous
 * and next page that keep the list's search, and "Page 3 of 50+" when the count stopped
 * early. Templates reach it as {@code @pagers}.
 */
@Component("pagers")
class Pagers {

	/**
	 * The page being shown with {@code param} set to {@code page}: its path and query,
	 * not a posted form's fields.
	 */
	public String link(String param, int page) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		return UriComponentsBuilder.fromPath(request.getRequestURI())
			.query(request.getQueryString())
			.replaceQueryParam(param, page)
			.build()
			.toUriString();
	}

	/** "Page 3 of 12", or "Page 3 of 53+" when the list is longer than was counted. */
	public String position(Page<?> page) {
		return "Page " + number(page.getNumber() + 1) + " of " + number(page.getTotalPages()) + more(page);
	}

	/** For example {@code 818 services}, {@code 1 service} or {@code 1,020+ services}. */
	public String count(Page<?> page, String one, String many) {
		long total = page.getTotalElements();
		return number(total) + more(page) + " " + ((total == 1 && !isCapped(page)) ? one : many);
	}

	private static String more(Page<?> page) {
		return isCapped(page) ? "+" : "";
	}

	private static boolean isCapped(Page<?> page) {
		return page instanceof CappedPage<?> capped && capped.isCapped();
	}

	private static String number(long value) {
		return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value);
	}

}
