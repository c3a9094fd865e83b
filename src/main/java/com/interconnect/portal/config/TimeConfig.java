package com.interconnect.portal.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TimeConfig {

	/** Every time the portal stores is UTC; tests may replace this clock. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
