package com.interconnect.portal.config;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.interconnect.portal.support.TestData;
import com.interconnect.portal.support.TestSmtp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions and headers over real HTTP, as a browser behind the operator's TLS proxy sees
 * them: the proxy says the request came in over HTTPS (X-Forwarded-Proto), and the portal
 * answers with HSTS and a Secure session cookie; over plain HTTP it sends neither. A
 * sign-up logs in with a new CSRF token, as the log-in form does.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SessionSecurityTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@BeforeAll
	static void smtp() {
		TestSmtp.start();
	}

	@Test
	void behindATlsProxyThePortalSendsHstsAndASecureSessionCookie() throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpResponse<String> https = client.send(request("/login").header("X-Forwarded-Proto", "https").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(https.statusCode()).isEqualTo(200);
		assertThat(https.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age=").contains("includeSubDomains"));
		assertThat(https.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("SESSION=")
				.containsIgnoringCase("; Secure")
				.containsIgnoringCase("HttpOnly"));

		HttpClient plainClient = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpResponse<String> plain = plainClient.send(request("/login").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(plain.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("SESSION=").doesNotContainIgnoringCase("; Secure"));
	}

	@Test
	void aSignUpLogsInWithANewCsrfToken() throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String before = csrfOf(client.send(request("/signup").GET().build(), HttpResponse.BodyHandlers.ofString()));
		Map<String, String> form = new LinkedHashMap<>();
		form.put("companyName", TestData.unique("Csrf Co"));
		form.put("fullName", "Cass Csrf");
		form.put("email", TestData.email("csrf"));
		form.put("password", TestData.PASSWORD);
		form.put("_csrf", before);
		HttpResponse<String> signedUp = client.send(post("/signup", form), HttpResponse.BodyHandlers.ofString());
		assertThat(signedUp.statusCode()).isEqualTo(302);
		assertThat(signedUp.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/"));

		// the token of the page before the log-in is refused now; the dashboard's works
		HttpResponse<String> withOld = client.send(post("/logout", Map.of("_csrf", before)),
				HttpResponse.BodyHandlers.ofString());
		assertThat(withOld.statusCode()).isEqualTo(403);
		String after = csrfOf(client.send(request("/").GET().build(), HttpResponse.BodyHandlers.ofString()));
		HttpResponse<String> withNew = client.send(post("/logout", Map.of("_csrf", after)),
				HttpResponse.BodyHandlers.ofString());
		assertThat(withNew.statusCode()).isEqualTo(302);
		assertThat(withNew.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login?logout"));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private HttpRequest post(String path, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private static String csrfOf(HttpResponse<String> page) {
		assertThat(page.statusCode()).isEqualTo(200);
		Matcher token = CSRF.matcher(page.body());
		assertThat(token.find()).as("a CSRF token on the page").isTrue();
		return token.group(1);
	}

}
