package com.interconnect.portal.shared;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

import static org.assertj.core.api.Assertions.assertThat;

class InvalidInputExceptionTests {

	@Test
	void theErrorsKeepTheOrderTheServiceFoundThemIn() {
		Map<String, String> found = new LinkedHashMap<>();
		for (char field = 'a'; field <= 'l'; field++) {
			found.put(String.valueOf(field), "Fix " + field + ".");
		}
		InvalidInputException invalid = new InvalidInputException(found);
		BindingResult result = new BeanPropertyBindingResult(new Form("", "", "", "", "", "", "", "", "", "", "", ""),
				"form");

		invalid.rejectIn(result);

		assertThat(invalid.fieldErrors().keySet()).containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "i", "j",
				"k", "l");
		assertThat(result.getFieldErrors()).extracting(FieldError::getField)
			.containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l");
	}

	@Test
	void anErrorAboutAFieldTheFormDoesNotHaveGoesInTheSummary() {
		BindingResult result = new BeanPropertyBindingResult(new Form("", "", "", "", "", "", "", "", "", "", "", ""),
				"form");

		new InvalidInputException(Map.of("a", "Fix a.", "elsewhere", "Fix it elsewhere.")).rejectIn(result);

		assertThat(result.getFieldErrors()).extracting(FieldError::getField).containsExactly("a");
		assertThat(result.getGlobalErrors()).extracting(ObjectError::getDefaultMessage)
			.containsExactly("Fix it elsewhere.");
	}

	record Form(String a, String b, String c, String d, String e, String f, String g, String h, String i, String j,
			String k, String l) {
	}

}
