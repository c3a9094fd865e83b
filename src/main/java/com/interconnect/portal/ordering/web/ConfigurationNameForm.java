package com.interconnect.portal.ordering.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record ConfigurationNameForm(@NotBlank(message = "Enter a name.") @Size(max = 100,
		message = "A name has at most 100 characters.") String name) {

	static ConfigurationNameForm empty() {
		return new ConfigurationNameForm("");
	}

}
