package com.interconnect.portal.notification;

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
import com.interconnect.portal.catalog.Catalog;
import com.interconnect.portal.catalog.PortSpeed;
import com.interconnect.portal.catalog.Term;
import com.interconnect.portal.ordering.ServiceState;
import com.interconnect.portal.ordering.domain.ConfigurationService;
import com.interconnect.portal.ordering.domain.OrderPlacement;
import com.interconnect.portal.ordering.domain.OrderService;
import com.interconnect.portal.ordering.domain.PortDesign;
import com.interconnect.portal.ordering.domain.ServiceInventory;
import com.interconnect.portal.ordering.domain.ServicesFixtures;
import com.interconnect.portal.ordering.domain.VxcDesign;
import com.interconnect.portal.support.Outbox;
import com.interconnect.portal.billing.BillingDetails;
import com.interconnect.portal.billing.domain.BillingMarketService;
import com.interconnect.portal.billing.domain.BillingMarketView;
import com.interconnect.portal.notification.domain.NotificationSettingsService;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Forbidden;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.Fixtures;
import com.interconnect.portal.support.SupportDetails;
import com.interconnect.portal.support.TestData;
import com.interconnect.portal.support.TestSmtp;
import com.interconnect.portal.user.UserInvited;
import com.interconnect.portal.user.domain.LoginAttempts;
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
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
	ConfigurationService configurations;

	@Autowired
	OrderService orders;

	@Autowired
	ServiceInventory inventory;

	@Autowired
	Catalog catalog;

	@Autowired
	ApplicationContext context;

	@Autowired
	ApplicationEvents events;

	@Autowired
	JdbcTemplate jdbc;

	Fixtures fixtures;

	ServicesFixtures services;

	Outbox outbox;

	@BeforeEach
	void setUp() {
		TestSmtp.start();
		this.fixtures = new Fixtures(this.accounts, this.users);
		this.services = new ServicesFixtures(this.context);
		this.outbox = new Outbox(this.jdbc);
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
			// the ordering user receives it though they turned Ordering off
			turnOff(world.technicalAdmin(), NotificationGroup.ORDERING);
			order(world, world.technicalAdmin(), "Sydney ports", false);
			return new Outcome("Order placed: Sydney ports", List.of(world.technicalAdmin()));
		}), new Case("port live", NotificationGroup.SERVICES, "SERVICE_LIVE", (world) -> {
			this.services.provisionUntil(ServiceState.LIVE,
					order(world, world.admin(), "Sydney 1", false).serviceIds());
			return new Outcome("Port live: Sydney 1 A");
		}), new Case("VXC available", NotificationGroup.SERVICES, "SERVICE_LIVE", (world) -> {
			this.services.provisionUntil(ServiceState.LIVE,
					order(world, world.admin(), "Sydney to Melbourne", true).serviceIds());
			return new Outcome("VXC available: Sydney to Melbourne");
		}), new Case("service cancelled", NotificationGroup.SERVICES, "SERVICE_CANCELLED", (world) -> {
			List<Long> ordered = order(world, world.admin(), "Sydney 1", false).serviceIds();
			this.services.provisionUntil(ServiceState.LIVE, ordered);
			this.inventory.cancel(world.technicalAdmin(), ordered.get(0));
			return new Outcome("Port cancelled: Sydney 1 A");
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

		// an order's ports and VXC each have their own email of the same type
		List<Map<String, Object>> rows = this.jdbc.queryForList(
				"select recipient, user_id, subject from outbound_email where company_id = ? and event_type = ?"
						+ " and (subject = ? or subject not like '% live: %' and subject not like 'VXC available: %')",
				world.company().id(), event.eventType(), outcome.subject());
		assertThat(rows).extracting((row) -> row.get("recipient")).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(rows).allSatisfy((row) -> {
			assertThat(row.get("user_id")).isNotNull();
			assertThat(row.get("subject")).isEqualTo(outcome.subject());
		});

		// delivered once each, and to nobody else, once the dispatcher drained the outbox
		this.outbox.awaitSent(world.everyone().stream().map(CurrentUser::email).toList());
		for (CurrentUser user : world.everyone()) {
			assertThat(received(user.email(), outcome.subject())).as(user.role() + " " + user.email())
				.isEqualTo(expected.contains(user.email()) ? 1 : 0);
		}
	}

	@Test
	void theEmailsAreMultipartAndSayWhyTheRecipientGotThem() throws Exception {
		World world = world(NotificationGroup.SERVICES);
		OrderPlacement placed = order(world, world.technicalAdmin(), "Melbourne ports", false);

		String subject = "Order placed: Melbourne ports";
		this.outbox.awaitSent(List.of(world.technicalAdmin().email(), world.admin().email()));
		Map<String, String> ordered = Mails.textParts(message(world.technicalAdmin().email(), subject));
		assertThat(ordered).containsOnlyKeys("text/plain", "text/html");
		assertThat(ordered.get("text/plain")).contains(
				world.technicalAdmin().fullName() + " ordered the configuration Melbourne ports for "
						+ world.company().name(),
				"Monthly total: " + placed.monthlyTotal().formatted(), "Services: http://localhost:8080/services",
				"You received this email because you placed this order.",
				"Notification Settings: http://localhost:8080/account/notifications");
		assertThat(ordered.get("text/html")).contains("href=\"http://localhost:8080/services\"",
				"href=\"http://localhost:8080/account/notifications\"", placed.monthlyTotal().formatted(),
				"Megaport Portal", "<title>Order placed: Melbourne ports");

		Map<String, String> subscribed = Mails.textParts(message(world.admin().email(), subject));
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
		this.services.provisionUntil(ServiceState.LIVE, order(world, world.admin(), "Perth 1", false).serviceIds());

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

	/**
	 * Completes the company's setup (support details, an Australian billing market) and
	 * has the user order a configuration of a port "{name} A" in Sydney, with a second
	 * port and a VXC called {@code name} between them when {@code withVxc}.
	 */
	private OrderPlacement order(World world, CurrentUser by, String name, boolean withVxc) {
		if (!this.accounts.setupStatusOf(world.company().id()).complete()) {
			this.support.save(world.admin(), world.company().id(), "+61 2 9876 5432", "noc@test.example");
			this.billing.add(world.admin(), world.company().id(), billingDetails("Pat Payer"));
		}
		long location = this.catalog.locations().get(0).id();
		long configuration = this.configurations.create(by, name);
		long a = this.configurations.addPort(by, configuration,
				new PortDesign(name + " A", location, PortSpeed.TEN_GBPS, Term.MONTHLY));
		if (withVxc) {
			long b = this.configurations.addPort(by, configuration,
					new PortDesign(name + " B", location, PortSpeed.TEN_GBPS, Term.MONTHLY));
			this.configurations.addVxc(by, configuration,
					new VxcDesign(name, "item:" + a, "item:" + b, 1000, 100, 200));
		}
		return this.orders.place(by, configuration);
	}

	private void turnOff(CurrentUser user, NotificationGroup group) {
		List<NotificationGroup> kept = new ArrayList<>(Arrays.asList(NotificationGroup.values()));
		kept.remove(group);
		this.settings.save(user, kept);
	}

	private static MimeMessage message(String email, String subject) {
		return TestSmtp.messagesTo(email)
			.stream()
			.filter((message) -> subject.equals(subjectOf(message)))
			.findFirst()
			.orElseThrow();
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
