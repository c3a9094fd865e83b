package com.interconnect.portal.catalog;

import java.util.Arrays;

/**
 * The contract terms a port is offered on: month-to-month, or 12, 24 or 36 months at a
 * lower monthly price.
 */
public enum Term {

	MONTHLY(0, "Monthly (no term)"), TWELVE_MONTHS(12, "12 months"), TWENTY_FOUR_MONTHS(24, "24 months"),
	THIRTY_SIX_MONTHS(36, "36 months");

	private final int months;

	private final String label;

	Term(int months, String label) {
		this.months = months;
		this.label = label;
	}

	/** The length of the term, 0 for month-to-month. */
	public int months() {
		return this.months;
	}

	public String label() {
		return this.label;
	}

	/**
	 * The term of {@code months} months (0 for month-to-month).
	 * @throws IllegalArgumentException if no such term is offered
	 */
	public static Term ofMonths(int months) {
		return Arrays.stream(values())
			.filter((term) -> term.months == months)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"No term of " + months + " months is offered; the terms are monthly, 12, 24 and 36 months."));
	}

}
