package com.interconnect.portal.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * The errors a form page shows (product.md §9), read from its HTML the way a user reads
 * them: the summary at the top, item by item, and the messages beside each field, in the
 * order of the page.
 *
 * @param summary the items of the error summary, top to bottom
 * @param besideFields each field's messages (several would be separated by line breaks)
 * by field name, top to bottom
 */
public record FormErrors(List<String> summary, Map<String, List<String>> besideFields) {

	private static final Pattern SUMMARY = Pattern.compile("<div class=\"error-summary\"[^>]*>(.*?)</div>",
			Pattern.DOTALL);

	private static final Pattern SUMMARY_ITEM = Pattern.compile("<li>\\s*<(a|span)[^>]*>(.*?)</\\1>\\s*</li>",
			Pattern.DOTALL);

	private static final Pattern BESIDE_FIELD = Pattern
		.compile("<p class=\"field-error\" id=\"([^\"]+)-error\"[^>]*>(.*?)</p>", Pattern.DOTALL);

	public static FormErrors of(String html) {
		List<String> summary = new ArrayList<>();
		Matcher block = SUMMARY.matcher(html);
		while (block.find()) {
			Matcher item = SUMMARY_ITEM.matcher(block.group(1));
			while (item.find()) {
				summary.add(text(item.group(2)));
			}
		}
		Map<String, List<String>> besideFields = new LinkedHashMap<>();
		Matcher field = BESIDE_FIELD.matcher(html);
		while (field.find()) {
			besideFields.computeIfAbsent(field.group(1), (name) -> new ArrayList<>())
				.addAll(Arrays.stream(field.group(2).split("<br\\s*/?>")).map(FormErrors::text).toList());
		}
		return new FormErrors(summary, besideFields);
	}

	private static String text(String html) {
		return HtmlUtils.htmlUnescape(html.strip());
	}

}
