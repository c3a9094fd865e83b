package com.interconnect.portal.shared;

import java.util.Locale;

/**
 * A user's words as a SQL LIKE pattern for a lower-cased column, with {@code %},
 * {@code _} and the backslash escaped by a backslash (the queries say
 * {@code escape '\'}), so that "50%" finds "50%" and not "500".
 */
public final class LikePattern {

	private LikePattern() {
	}

	/** Matches text that contains the words, whatever their case. */
	public static String containing(String words) {
		return "%" + escape(words) + "%";
	}

	/** Matches text that starts with the words, whatever their case. */
	public static String startingWith(String words) {
		return escape(words) + "%";
	}

	private static String escape(String words) {
		return words.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
