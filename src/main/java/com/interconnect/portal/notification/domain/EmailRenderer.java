package com.interconnect.portal.notification.domain;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Renders emails from {@code templates/mail/}: {@code *.html} in HTML mode and
 * {@code *.txt} in text mode. The engine is private to this class, so that Boot's
 * auto-configured engine for the web pages stays as it is.
 */
@Component
class EmailRenderer {

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final String operatorName;

	private final String baseUrl;

	EmailRenderer(@Value("${portal.operator-name}") String operatorName, @Value("${portal.base-url}") String baseUrl) {
		this.operatorName = operatorName;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
		this.engine.setEnableSpringELCompiler(true);
		this.engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
		this.engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
	}

	private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setTemplateMode(mode);
		resolver.setResolvablePatterns(Set.of(pattern));
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setCacheable(true);
		resolver.setOrder(order);
		return resolver;
	}

	RenderedEmail render(OutgoingEmail email, OutgoingEmail.Recipient recipient) {
		Map<String, Object> variables = new HashMap<>(email.model());
		variables.put("operatorName", this.operatorName);
		variables.put("baseUrl", this.baseUrl);
		variables.put("recipient", recipient);
		Context context = new Context(Locale.ENGLISH, variables);
		String text = this.engine.process(email.template() + ".txt", context);
		String html = this.engine.process(email.template() + ".html", context);
		return new RenderedEmail(email.subject(), text, html);
	}

	String operatorName() {
		return this.operatorName;
	}

	/** An absolute link into the portal. */
	String link(String path) {
		return this.baseUrl + (path.startsWith("/") ? path : "/" + path);
	}

}
