package com.interconnect.portal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Someone using the portal over real HTTP, without a browser: their cookies (the session)
 * are kept, redirects are not followed, so the test sees what the server answered. The
 * same user can move between instances of the portal ({@link #at(int)}), like behind a
 * load balancer.
 */
public final class HttpUser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private int port;

	public HttpUser(int port) {
		this.port = port;
	}

	/** From now on, talks to the instance on this port (with the same cookies). */
	public HttpUser at(int port) {
		this.port = port;
		return this;
	}

	public HttpResponse<String> get(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build());
	}

	/** Posts a form of the page at {@code formPage}, with that page's CSRF token. */
	public HttpResponse<String> post(String formPage, String action, String... fields) {
		StringBuilder body = new StringBuilder("_csrf=").append(encode(csrfOf(formPage)));
		for (int i = 0; i + 1 < fields.length; i += 2) {
			body.append('&').append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
		}
		return send(HttpRequest.newBuilder(uri(action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build());
	}

	/** Logs in with the login form; the answer is the redirect after it. */
	public HttpResponse<String> logIn(String email, String password) {
		return post("/login", "/login", "email", email, "password", password);
	}

	private String csrfOf(String page) {
		HttpResponse<String> response = get(page);
		Matcher token = CSRF.matcher(response.body());
		if (!token.find()) {
			throw new IllegalStateException(page + " answered " + response.statusCode() + " without a CSRF token");
		}
		return token.group(1);
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
