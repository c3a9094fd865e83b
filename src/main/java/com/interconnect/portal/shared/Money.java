package com.interconnect.portal.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of money in one currency, held at the currency's minor unit (two decimals for
 * AUD, USD, EUR…, none for JPY), so that equal amounts are equal records.
 * <p>
 * Shown as the ISO 4217 code, a space and the amount with comma thousands separators and
 * a decimal point, the same for every user and currency: {@code AUD 1,234.00},
 * {@code USD 495.00}, {@code EUR 3,676.00}, {@code JPY 85,388}. The code, unlike a
 * symbol, never leaves a dollar or krone sign ambiguous between currencies.
 *
 * @param amount the amount, at most as precise as the currency's minor unit
 * @param currency the ISO 4217 currency code, e.g. {@code AUD}
 */
public record Money(BigDecimal amount, String currency) implements Comparable<Money> {

	public Money {
		Objects.requireNonNull(amount, "amount");
		Currency unit = currencyOf(currency);
		try {
			amount = amount.setScale(unit.getDefaultFractionDigits(), RoundingMode.UNNECESSARY);
		}
		catch (ArithmeticException ex) {
			throw new IllegalArgumentException(
					amount.toPlainString() + " is more precise than the minor unit of " + currency, ex);
		}
	}

	public static Money of(BigDecimal amount, String currency) {
		return new Money(amount, currency);
	}

	public static Money of(String amount, String currency) {
		return new Money(new BigDecimal(amount), currency);
	}

	public static Money zero(String currency) {
		return new Money(BigDecimal.ZERO, currency);
	}

	/**
	 * The sum of this and another amount of the same currency.
	 * @throws IllegalArgumentException if the currencies differ
	 */
	public Money plus(Money other) {
		sameCurrency(other);
		return new Money(this.amount.add(other.amount), this.currency);
	}

	/** This amount {@code quantity} times, e.g. the monthly price of several items. */
	public Money times(int quantity) {
		return new Money(this.amount.multiply(BigDecimal.valueOf(quantity)), this.currency);
	}

	public boolean isZero() {
		return this.amount.signum() == 0;
	}

	/**
	 * Orders amounts of the same currency.
	 * @throws IllegalArgumentException if the currencies differ
	 */
	@Override
	public int compareTo(Money other) {
		sameCurrency(other);
		return this.amount.compareTo(other.amount);
	}

	/** The amount as shown to users, e.g. {@code AUD 1,234.00} or {@code JPY 123,400}. */
	public String formatted() {
		int digits = this.amount.scale();
		DecimalFormat format = new DecimalFormat((digits > 0) ? "#,##0." + "0".repeat(digits) : "#,##0",
				DecimalFormatSymbols.getInstance(Locale.ROOT));
		return this.currency + " " + format.format(this.amount);
	}

	@Override
	public String toString() {
		return formatted();
	}

	private void sameCurrency(Money other) {
		if (!this.currency.equals(other.currency)) {
			throw new IllegalArgumentException(
					"Cannot combine amounts in different currencies: " + this + " and " + other);
		}
	}

	private static Currency currencyOf(String code) {
		if (code == null || !code.matches("[A-Z]{3}")) {
			throw new IllegalArgumentException("Not an ISO 4217 currency code: " + code);
		}
		try {
			return Currency.getInstance(code);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Unknown currency: " + code, ex);
		}
	}

}
