package com.interconnect.portal.shared;

import java.util.Locale;
import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Phone numbers checked with libphonenumber: stored in E.164, shown in international
 * format, and refused with a message that names the expected country and gives an example
 * number of it.
 */
public final class PhoneNumbers {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	/** libphonenumber's region of a country code it does not know. */
	private static final String UNKNOWN_REGION = "ZZ";

	private PhoneNumbers() {
	}

	/**
	 * The outcome of checking one input: the number in E.164, or the message to show
	 * beside the field.
	 */
	public record Check(String e164, String error) {

		public boolean valid() {
			return this.error == null;
		}

	}

	/**
	 * Checks a number that must belong to {@code region} (ISO 3166 code); national and
	 * international input are both accepted.
	 */
	public static Check validFor(String input, String region) {
		Optional<PhoneNumber> number = parse(input, region);
		if (number.isPresent() && UTIL.isValidNumberForRegion(number.get(), region)) {
			return new Check(UTIL.format(number.get(), PhoneNumberFormat.E164), null);
		}
		return new Check(null,
				"Enter a valid phone number for " + countryName(region) + ", for example " + example(region) + ".");
	}

	/**
	 * Checks a number entered in international form (+country code), valid for its own
	 * country.
	 */
	public static Check validInternational(String input) {
		Optional<PhoneNumber> number = (input != null && input.strip().startsWith("+")) ? parse(input, null)
				: Optional.empty();
		if (number.isPresent() && UTIL.isValidNumber(number.get())) {
			return new Check(UTIL.format(number.get(), PhoneNumberFormat.E164), null);
		}
		String region = number.map((parsed) -> UTIL.getRegionCodeForCountryCode(parsed.getCountryCode()))
			.orElse(UNKNOWN_REGION);
		if (!UNKNOWN_REGION.equals(region)) {
			// the country code says which country the number is for
			return new Check(null,
					"Enter a valid phone number for " + countryName(region) + ", for example " + example(region) + ".");
		}
		return new Check(null, "Enter the number in international form, with + and the country code, for example "
				+ example("US") + ".");
	}

	/** The country (ISO 3166 code) of a stored E.164 number. */
	public static String regionOf(String e164) {
		return parse(e164, null).map(UTIL::getRegionCodeForNumber)
			.orElseThrow(() -> new IllegalArgumentException("Not a phone number: " + e164));
	}

	/** A stored E.164 number as people read it: "+61 2 9876 5432". */
	public static String international(String e164) {
		return (e164 != null)
				? parse(e164, null).map((number) -> UTIL.format(number, PhoneNumberFormat.INTERNATIONAL)).orElse(e164)
				: null;
	}

	public static String countryName(String region) {
		return new Locale("", region).getDisplayCountry(Locale.ENGLISH);
	}

	private static String example(String region) {
		PhoneNumber example = UTIL.getExampleNumber(region);
		return (example != null) ? UTIL.format(example, PhoneNumberFormat.INTERNATIONAL) : "+" + region;
	}

	private static Optional<PhoneNumber> parse(String input, String region) {
		if (input == null || input.isBlank() || input.length() > 40) {
			return Optional.empty();
		}
		try {
			return Optional.of(UTIL.parse(input.strip(), region));
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

}
