package com.interconnect.portal.notification;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.interconnect.portal.notification.domain.EmailOutbox;
import com.interconnect.portal.notification.domain.OutgoingEmail;
import com.interconnect.portal.notification.domain.OutgoingEmail.Recipient;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.TestData;
import com.interconnect.portal.support.TestSmtp;
import com.interconnect.portal.user.domain.InvitationView;
import com.interconnect.portal.user.domain.UserService;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest
class InvitationEmailTests {

	private static final Pattern LINK = Pattern.compile("http://localhost:8080/invitations/([A-Za-z0-9_-]+)");

	@Autowired
	UserService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	EmailOutbox outbox;

	CurrentUser admin;

	String companyName;

	@BeforeEach
	void signUpACompany() {
		TestSmtp.start();
		this.companyName = TestData.unique("Mail Co");
		this.admin = this.users.signUp(this.companyName, "Ada Admin", TestData.email("admin"), TestData.PASSWORD);
	}

	@Test
	void invitingAUserSendsThemOneMultipartEmailWithTheSetPasswordLink() throws Exception {
		String email = TestData.email("invitee");
		this.users.invite(this.admin, email, "Ivy Invitee", Role.TECHNICAL_ADMIN);

		await().atMost(Duration.ofSeconds(30)).until(() -> status(email).equals(List.of("SENT")));
		List<MimeMessage> messages = TestSmtp.messagesTo(email);
		assertThat(messages).hasSize(1);
		MimeMessage message = messages.get(0);
		assertThat(message.getSubject()).isEqualTo("You're invited to " + this.companyName + " on the Megaport Portal");
		InternetAddress from = (InternetAddress) message.getFrom()[0];
		assertThat(from.getAddress()).isEqualTo("no-reply@portal.example");
		assertThat(from.getPersonal()).isEqualTo("Megaport");

		Map<String, String> parts = Mails.textParts(message);
		assertThat(parts).containsOnlyKeys("text/plain", "text/html");
		String text = parts.get("text/plain");
		assertThat(text).contains("Hello Ivy Invitee", "Ada Admin has invited you to join " + this.companyName,
				"with the role Technical Admin", "UTC", "You received this email because");
		assertThat(parts.get("text/html")).contains(this.companyName, "Technical Admin", "Set");

		Matcher link = LINK.matcher(text);
		assertThat(link.find()).isTrue();
		assertThat(parts.get("text/html")).contains("href=\"" + link.group() + "\"");
		// the link in the email is the one that opens the invitation
		InvitationView invitation = this.users.openInvitation(link.group(1));
		assertThat(invitation.email()).isEqualTo(email);
		assertThat(invitation.companyName()).isEqualTo(this.companyName);
	}

	@Test
	void theSetPasswordLinkIsNeverStoredInTheBodiesAndForgottenOnceSent() throws Exception {
		String email = TestData.email("secret");
		this.users.invite(this.admin, email, "Sid Secret", Role.READ_ONLY);
		Map<String, Object> pending = this.jdbc
			.queryForMap("select text_body, html_body, secret from outbound_email where recipient = ?", email);
		String token = (String) pending.get("secret");
		assertThat(token).isNotBlank();
		assertThat((String) pending.get("text_body")).doesNotContain(token).contains("/invitations/{secret}");
		assertThat((String) pending.get("html_body")).doesNotContain(token);

		await().atMost(Duration.ofSeconds(30)).until(() -> status(email).equals(List.of("SENT")));
		Matcher link = LINK.matcher(Mails.textParts(TestSmtp.messagesTo(email).get(0)).get("text/plain"));
		assertThat(link.find()).isTrue();
		assertThat(link.group(1)).isEqualTo(token);
		assertThat(this.users.openInvitation(token).email()).isEqualTo(email);
		Map<String, Object> sent = this.jdbc
			.queryForMap("select text_body, html_body, secret from outbound_email where recipient = ?", email);
		assertThat(sent.get("secret")).isNull();
		assertThat(sent.values()).noneMatch((value) -> value != null && value.toString().contains(token));
	}

	@Test
	void theEmailIsWrittenInTheTransactionOfTheInvitationSoARollbackDropsIt() {
		String rolledBack = TestData.email("rolled-back");
		new TransactionTemplate(this.transactionManager).executeWithoutResult((transaction) -> {
			this.users.invite(this.admin, rolledBack, "Rob Rollback", Role.TECHNICAL_CONTACT);
			assertThat(status(rolledBack)).containsExactly("PENDING");
			transaction.setRollbackOnly();
		});
		assertThat(status(rolledBack)).isEmpty();

		// an invitation committed afterwards is delivered, and the one rolled back is not
		String committed = TestData.email("committed");
		this.users.invite(this.admin, committed, "Cora Commit", Role.TECHNICAL_CONTACT);
		await().atMost(Duration.ofSeconds(30)).until(() -> TestSmtp.messagesTo(committed).size() == 1);
		assertThat(TestSmtp.messagesTo(rolledBack)).isEmpty();
		assertThat(status(rolledBack)).isEmpty();
	}

	@Test
	void theOutboxWritesOneEmailPerDistinctRecipient() {
		String email = TestData.email("twice");
		this.outbox.enqueue(new OutgoingEmail(NotificationGroup.PEOPLE, "USER_INVITED", this.admin.companyId(),
				List.of(Recipient.address(email.toUpperCase()), Recipient.user(email, this.admin.id())), "Twice",
				"user-invited", Map.of("fullName", "Tess Twice", "companyName", this.companyName, "roleName", "Finance",
						"invitedBy", "Ada Admin", "link", "http://localhost:8080/invitations/x", "expiresAt", "soon")));

		assertThat(this.jdbc.queryForList("select user_id from outbound_email where recipient = ?", Long.class, email))
			.containsExactly(this.admin.id());
		await().atMost(Duration.ofSeconds(30)).until(() -> status(email).equals(List.of("SENT")));
		assertThat(TestSmtp.messagesTo(email)).hasSize(1);
	}

	private List<String> status(String recipient) {
		return this.jdbc.queryForList("select status from outbound_email where recipient = ?", String.class, recipient);
	}

}
