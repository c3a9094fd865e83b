package com.interconnect.portal.notification.domain;

import java.util.Properties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The portal's mail sender, set up from Spring Boot's {@code spring.mail.*} settings the
 * way Boot sets up its own (host, port, authentication, protocol, JavaMail properties
 * such as STARTTLS).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class MailSenderConfig {

	@Bean
	@ConditionalOnMissingBean(JavaMailSender.class)
	PortalMailSender mailSender(MailProperties mail) {
		PortalMailSender sender = new PortalMailSender();
		sender.setHost(mail.getHost());
		if (mail.getPort() != null) {
			sender.setPort(mail.getPort());
		}
		sender.setUsername(mail.getUsername());
		sender.setPassword(mail.getPassword());
		sender.setProtocol(mail.getProtocol());
		if (mail.getDefaultEncoding() != null) {
			sender.setDefaultEncoding(mail.getDefaultEncoding().name());
		}
		Properties properties = new Properties();
		properties.putAll(mail.getProperties());
		sender.setJavaMailProperties(properties);
		return sender;
	}

}
