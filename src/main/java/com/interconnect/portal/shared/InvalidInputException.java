package com.interconnect.portal.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.validation.Errors;

/**
 * Input that breaks a rule only the domain can check (a phone number for the wrong
 * country, a market already enabled). Maps each field name of the form to the message
 * shown beside it, in the order the errors were found (a service checks the fields in the
 * order of the form, so the error summary lists them that way); nothing was stored.
 */
public class InvalidInputException extends RuntimeException {

	private final Map<String, String> fieldErrors;

	public InvalidInputException(Map<String, String> fieldErrors) {
		super("Invalid input: " + fieldErrors.keySet());
		this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
	}

	public static InvalidInputException of(String field, String message) {
		return new InvalidInputException(Map.of(field, message));
	}

	public Map<String, String> fieldErrors() {
		return this.fieldErrors;
	}

	/**
	 * Puts each message beside its field of the submitted form; one about a field the
	 * form does not have goes in the form's error summary only.
	 */
	public void rejectIn(Errors errors) {
		this.fieldErrors.forEach((field, message) -> {
			if (errors.getFieldType(field) != null) {
				errors.rejectValue(field, "invalid", message);
			}
			else {
				errors.reject("invalid", message);
			}
		});
	}

}
