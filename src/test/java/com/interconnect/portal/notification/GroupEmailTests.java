package com.interconnect.portal.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SupportedBy;
import com.interconnect.portal.billing.BillingDetails;
import com.interconnect.portal.billing.domain.BillingMarketService;
import com.interconnect.portal.billing.domain.BillingMarketView;
import com.interconnect.portal.notification.domain.NotificationSettingsService;
import com.interconnect.portal.ordering.OrderPlaced;
import com.interconnect.portal.ordering.ServiceCancelled;
import com.interconnect.portal.ordering.ServiceKind;
import com.interconnect.portal.ordering.ServiceLive;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Forbidden;
import com.interconnect.portal.shared.Money;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.Fixtures;
import com.interconnect.portal.support.SupportDetails;
import com.interconnect.portal.support.TestData;
import com.interconnect.portal.support.TestSmtp;
import com.interconnect.portal.user.UserInvited;
import com.interconnect.portal.user.domain.LoginAttempts;
import com.interconnect.portal.user.domain.UserRow;
import com.interconnect.portal.user.domain.UserService;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The group emails of product.md §7, end to end: each event, driven through the real
 * services where there is one, reaches exactly the company's subscribers (and the user it
 * concerns) by SMTP, once each; a user who turned the group off and users whose role does
 * not subscribe receive nothing.
 */
@SpringBootTest
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupEmailTests {

	@Autowired
	Accounts accounts;

	@Autowired
	UserService users;

	@Autowired
	NotificationSettingsService settings;

	@Autowired
	SupportDetails support;

	@Autowired
	BillingMarketService billing;

	@Autowired
	LoginAttempts loginAttempts;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	ApplicationEvents events;

	@Autowired
	JdbcTemplate jdbc;

	Fixtures fixtures;

	@BeforeEach
	void setUp() {
		TestSmtp.start();
		this.fixtures = new Fixtures(this.accounts, this.users);
	}

	/**
	 * A company with a user of every customer role, the Technical Contact having turned
	 * {@code group} off.
	 */
	record World(CompanySummary company, CurrentUser admin, CurrentUser technicalAdmin, CurrentUser optedOut,
			CurrentUser finance, CurrentUser readOnly) {

		List<CurrentUser> everyone() {
			return List.of(this.admin, this.technicalAdmin, this.optedOut, this.finance, this.readOnly);
		}

	}

	/**
	 * What an event caused: the subject of its email and who receives it besides the
	 * subscribers.
	 */
	record Outcome(String subject, List<CurrentUser> concerned) {

		Outcome(String subject) {
			this(subject, List.of());
		}

	}

	record Case(String name, NotificationGroup group, String eventType, Function<World, Outcome> action) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	Stream<Arguments> events() {
		return Stream.of(new Case("user invited", NotificationGroup.PEOPLE, "USER_INVITED_PEOPLE", (world) -> {
			this.users.invite(world.admin(), TestData.email("invitee"), "Ivy Invitee", Role.TECHNICAL_ADMIN);
			return new Outcome(world.admin().fullName() + " invited Ivy Invitee as Technical Admin");
		}), new Case("user joined", NotificationGroup.PEOPLE, "USER_JOINED", (world) -> {
			String email = TestData.email("joiner");
			this.users.invite(world.admin(), email, "Jo Joiner", Role.READ_ONLY);
			this.users.acceptInvitation(token(email), "Jo Joiner", TestData.PASSWORD);
			return new Outcome("Jo Joiner joined as Read Only");
		}), new Case("role changed", NotificationGroup.PEOPLE, "USER_ROLE_CHANGED", (world) -> {
			this.users.changeRole(world.admin(), world.readOnly().id(), Role.FINANCE);
			return new Outcome("Role of " + world.readOnly().email() + " changed to Finance");
		}), new Case("user removed", NotificationGroup.PEOPLE, "USER_DEACTIVATED", (world) -> {
			this.users.deactivate(world.admin(), world.finance().id());
			return new Outcome(world.finance().email() + " was removed");
		}), new Case("support details changed", NotificationGroup.COMPANY, "SUPPORT_DETAILS_CHANGED", (world) -> {
			this.support.save(world.admin(), world.company().id(), "+61 2 9876 5432", "noc@test.example");
			this.support.save(world.admin(), world.company().id(), "+61 2 9876 5433", "noc@test.example");
			return new Outcome("Technical support details changed");
		}), new Case("billing market added", NotificationGroup.FINANCIAL, "BILLING_MARKET_ADDED", (world) -> {
			this.billing.add(world.admin(), world.company().id(), billingDetails("Pat Payer"));
			return new Outcome("Billing market added: Australia");
		}), new Case("billing market changed", NotificationGroup.FINANCIAL, "BILLING_MARKET_CHANGED", (world) -> {
			BillingMarketView market = this.billing.add(world.admin(), world.company().id(),
					billingDetails("Pat Payer"));
			this.billing.update(world.admin(), world.company().id(), market.id(), billingDetails("Kim Payer"));
			return new Outcome("Billing market changed: Australia");
		}), new Case("order placed", NotificationGroup.ORDERING, "ORDER_PLACED", (world) -> {
			// the ordering user receives it whatever their role
			publish(new OrderPlaced(42, world.company().id(), "Sydney ports", world.finance().id(),
					world.finance().fullName(), List.of(1L, 2L), Money.of("1234", "AUD")));
			return new Outcome("Order placed: Sydney ports", List.of(world.finance()));
		}), new Case("port live", NotificationGroup.SERVICES, "SERVICE_LIVE", (world) -> {
			publish(new ServiceLive(7, world.company().id(), ServiceKind.PORT, "Sydney 1", 42L, Instant.now()));
			return new Outcome("Port live: Sydney 1");
		}), new Case("VXC available", NotificationGroup.SERVICES, "SERVICE_LIVE", (world) -> {
			publish(new ServiceLive(8, world.company().id(), ServiceKind.VXC, "Sydney to Melbourne", null,
					Instant.now()));
			return new Outcome("VXC available: Sydney to Melbourne");
		}), new Case("service cancelled", NotificationGroup.SERVICES, "SERVICE_CANCELLED", (world) -> {
			publish(new ServiceCancelled(7, world.company().id(), ServiceKind.PORT, "Sydney 1",
					world.admin().fullName(), world.admin().id(), Instant.now()));
			return new Outcome("Port cancelled: Sydney 1");
		}), new Case("account locked", NotificationGroup.SECURITY, "ACCOUNT_LOCKED", (world) -> {
			for (int i = 0; i < 7; i++) {
				this.loginAttempts.recordFailure(world.readOnly().email());
			}
			// the user concerned receives it whatever their role
			return new Outcome("Account locked after failed log-ins: " + world.readOnly().email(),
					List.of(world.readOnly()));
		})).map(Arguments::of);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("events")
	void eachEventReachesExactlyItsRecipientsOnce(Case event) {
		World world = world(event.group());
		Outcome outcome = event.action().apply(world);

		Set<String> expected = new HashSet<>();
		expected.add(world.admin().email());
		expected.add(world.technicalAdmin().email());
		if (event.group().isAlwaysOn()) {
			expected.add(world.optedOut().email());
		}
		outcome.concerned().forEach((user) -> expected.add(user.email()));

		List<Map<String, Object>> rows = this.jdbc.queryForList(
				"select recipient, user_id, subject from outbound_email where company_id = ? and event_type = ?",
				world.company().id(), event.eventType());
		assertThat(rows).extracting((row) -> row.get("recipient")).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(rows).allSatisfy((row) -> {
			assertThat(row.get("user_id")).isNotNull();
			assertThat(row.get("subject")).isEqualTo(outcome.subject());
		});

		await().atMost(Duration.ofSeconds(30))
			.until(() -> expected.stream().allMatch((email) -> received(email, outcome.subject()) == 1));
		for (CurrentUser user : world.everyone()) {
			assertThat(received(user.email(), outcome.subject())).as(user.role() + " " + user.email())
				.isEqualTo(expected.contains(user.email()) ? 1 : 0);
		}
	}

	@Test
	void theEmailsAreMultipartAndSayWhyTheRecipientGotThem() throws Exception {
		World world = world(NotificationGroup.SERVICES);
		publish(new OrderPlaced(43, world.company().id(), "Melbourne ports", world.finance().id(),
				world.finance().fullName(), List.of(1L), Money.of("495", "USD")));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> received(world.finance().email(), "Order placed: Melbourne ports") == 1
					&& received(world.admin().email(), "Order placed: Melbourne ports") == 1);
		Map<String, String> ordered = Mails.textParts(TestSmtp.messagesTo(world.finance().email()).get(0));
		assertThat(ordered).containsOnlyKeys("text/plain", "text/html");
		assertThat(ordered.get("text/plain")).contains(
				world.finance().fullName() + " ordered the configuration Melbourne ports for " + world.company().name(),
				"Monthly total: USD 495.00", "Services: http://localhost:8080/services",
				"You received this email because you placed this order.",
				"Notification Settings: http://localhost:8080/account/notifications");
		assertThat(ordered.get("text/html")).contains("href=\"http://localhost:8080/services\"",
				"href=\"http://localhost:8080/account/notifications\"", "USD 495.00", "Megaport Portal",
				"<title>Order placed: Melbourne ports");

		Map<String, String> subscribed = Mails.textParts(TestSmtp.messagesTo(world.admin().email()).get(0));
		assertThat(subscribed.get("text/plain"))
			.contains("You received this email because you are subscribed to Ordering notifications for "
					+ world.company().name() + " on the Megaport Portal.");
		assertThat(subscribed.get("text/html")).contains("Ordering</strong> notifications for");
	}

	@Test
	void securityAndPeopleCannotBeTurnedOff() {
		CompanySummary company = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		CurrentUser user = this.fixtures.user(company, Role.TECHNICAL_ADMIN);

		this.settings.save(user, List.of());

		assertThat(this.settings.settings(user).groups())
			.allSatisfy((group) -> assertThat(group.on()).isEqualTo(group.alwaysOn()));
		assertThat(this.jdbc.queryForList("select notification_group from notification_subscription where user_id = ?",
				String.class, user.id()))
			.containsExactlyInAnyOrder("COMPANY", "FINANCIAL", "ORDERING", "SERVICE_STATUS", "SERVICES");
		// the database refuses them too
		for (String group : List.of("SECURITY", "PEOPLE")) {
			assertThatThrownBy(() -> this.jdbc.update(
					"insert into notification_subscription (user_id, notification_group) values (?, ?)", user.id(),
					group))
				.isInstanceOf(DataIntegrityViolationException.class);
		}

		// turning groups back on
		this.settings.save(user, List.of(NotificationGroup.SERVICES, NotificationGroup.COMPANY));
		assertThat(this.jdbc.queryForList("select notification_group from notification_subscription where user_id = ?",
				String.class, user.id()))
			.containsExactlyInAnyOrder("FINANCIAL", "ORDERING", "SERVICE_STATUS");
		this.settings.save(user, Arrays.asList(NotificationGroup.values()));
		assertThat(this.jdbc.queryForObject("select count(*) from notification_subscription where user_id = ?",
				Integer.class, user.id()))
			.isZero();
	}

	@Test
	void rolesThatDoNotSubscribeCannotChangeSettings() {
		CompanySummary company = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		for (Role role : List.of(Role.FINANCE, Role.READ_ONLY)) {
			CurrentUser user = this.fixtures.user(company, role);
			assertThatThrownBy(() -> this.settings.save(user, List.of())).isInstanceOf(Forbidden.class);
			assertThat(this.settings.settings(user).editable()).isFalse();
			assertThat(this.settings.settings(user).groups()).noneMatch((group) -> group.on());
		}
	}

	@Test
	void aRoleChangeToReadOnlyStopsTheEmails() {
		World world = world(NotificationGroup.SERVICE_STATUS);
		this.users.changeRole(world.admin(), world.technicalAdmin().id(), Role.READ_ONLY);
		publish(new ServiceLive(9, world.company().id(), ServiceKind.PORT, "Perth 1", null, Instant.now()));

		assertThat(
				this.jdbc.queryForList("select recipient from outbound_email where company_id = ? and event_type = ?",
						String.class, world.company().id(), "SERVICE_LIVE"))
			.containsExactlyInAnyOrder(world.admin().email(), world.optedOut().email());
		// the role change itself went to the subscribers as they are after it
		assertThat(
				this.jdbc.queryForList("select recipient from outbound_email where company_id = ? and event_type = ?",
						String.class, world.company().id(), "USER_ROLE_CHANGED"))
			.containsExactlyInAnyOrder(world.admin().email(), world.optedOut().email());
	}

	private World world(NotificationGroup optedOutOf) {
		CompanySummary company = this.fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		World world = new World(company, this.fixtures.user(company, Role.COMPANY_ADMIN),
				this.fixtures.user(company, Role.TECHNICAL_ADMIN), this.fixtures.user(company, Role.TECHNICAL_CONTACT),
				this.fixtures.user(company, Role.FINANCE), this.fixtures.user(company, Role.READ_ONLY));
		List<NotificationGroup> kept = new ArrayList<>(Arrays.asList(NotificationGroup.values()));
		kept.remove(optedOutOf);
		this.settings.save(world.optedOut(), kept);
		return world;
	}

	private String token(String email) {
		return this.events.stream(UserInvited.class)
			.filter((invited) -> invited.email().equals(email))
			.reduce((first, last) -> last)
			.orElseThrow()
			.token();
	}

	private void publish(Object event) {
		new TransactionTemplate(this.transactionManager)
			.executeWithoutResult((status) -> this.publisher.publishEvent(event));
	}

	private static BillingDetails billingDetails(String contactName) {
		return new BillingDetails("AU", contactName, "(02) 9876 5432", "accounts@billing.example", "1 Example Street",
				null, "Sydney", null, "2000", null, null);
	}

	private static long received(String email, String subject) {
		return TestSmtp.messagesTo(email).stream().filter((message) -> subject.equals(subjectOf(message))).count();
	}

	private static String subjectOf(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
