package com.interconnect.portal.shared;

/**
 * The one rule every text the portal accepts follows: no control characters (C0, DEL,
 * C1), which PostgreSQL refuses (NUL), which would split an email header (a line break in
 * a name) or which no one can see. A {@link MultiLine} field may hold tabs and line
 * breaks.
 */
public final class TextInput {

	private TextInput() {
	}

	/**
	 * Whether the text holds a character it must not, for a one-line or a multi-line
	 * field.
	 */
	public static boolean hasControlCharacters(CharSequence text, boolean multiLine) {
		for (int index = 0; index < text.length(); index++) {
			char c = text.charAt(index);
			if (isControl(c) && !(multiLine && (c == '\t' || c == '\n' || c == '\r'))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isControl(char c) {
		return c < 0x20 || (c >= 0x7f && c <= 0x9f);
	}

}
