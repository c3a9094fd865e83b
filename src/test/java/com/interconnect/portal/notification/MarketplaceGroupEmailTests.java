package com.interconnect.portal.notification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.marketplace.MarketplaceWorld;
import com.interconnect.portal.marketplace.domain.ApprovalExpiry;
import com.interconnect.portal.marketplace.domain.ApprovalService;
import com.interconnect.portal.marketplace.domain.ProfileData;
import com.interconnect.portal.marketplace.domain.ProfileService;
import com.interconnect.portal.marketplace.domain.ServiceType;
import com.interconnect.portal.notification.domain.NotificationSettingsService;
import com.interconnect.portal.ordering.domain.ServicesFixtures;
import com.interconnect.portal.ordering.domain.SpeedChangeService;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.Fixtures;
import com.interconnect.portal.support.Outbox;
import com.interconnect.portal.support.TestClock;
import com.interconnect.portal.support.TestSmtp;
import com.interconnect.portal.user.domain.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.interconnect.portal.marketplace.MarketplaceWorld.subjectOf;
import static com.interconnect.portal.marketplace.MarketplaceWorld.textOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Marketplace rows of product.md §7, end to end through the real services and SMTP: a
 * connection request received (by the provider's Ordering subscribers, or the profile's
 * contact email when none subscribes), submitted, accepted, denied or expired (the
 * requester and the customer's Ordering subscribers), the VXC available (the customer's
 * Services subscribers, the requester and the provider's Services subscribers), a speed
 * change requested (the provider's Ordering subscribers or the contact email), accepted
 * or denied (the requester and the customer's Ordering subscribers), a connection made
 * with a pre-approved service key (the provider's Ordering subscribers or the contact
 * email), such a VXC available (the provider's Services subscribers) and a Marketplace
 * profile changed (the company's Company subscribers). Exactly the expected people
 * receive one email each; a user who turned the group off and users whose role does not
 * subscribe receive none.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarketplaceGroupEmailTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	UserService users;

	@Autowired
	NotificationSettingsService settings;

	@Autowired
	ApprovalService approvals;

	@Autowired
	ApprovalExpiry expiry;

	@Autowired
	ProfileService profiles;

	@Autowired
	SpeedChangeService speedChanges;

	@Autowired
	JdbcTemplate jdbc;

	Outbox outbox;

	@BeforeEach
	void setUp() {
		TestSmtp.start();
		this.outbox = new Outbox(this.jdbc);
	}

	@AfterEach
	void realTime() {
		TestClock.reset();
	}

	/**
	 * A provider and a customer ({@link MarketplaceWorld}); besides its users, the
	 * customer has a Technical Contact who turned the group off and a Read Only user. The
	 * provider's Technical Contact turned the group off too.
	 */
	record World(MarketplaceWorld marketplace, CurrentUser customerOptedOut, CurrentUser customerReadOnly,
			String contactEmail) {

		/** Everyone who might receive an email: every user and the profile's address. */
		List<String> everyone() {
			return List.of(this.marketplace.providerAdmin.email(), this.marketplace.providerTech.email(),
					this.marketplace.providerContact.email(), this.marketplace.providerReadOnly.email(),
					this.marketplace.customerTech.email(), this.marketplace.customerAdmin.email(),
					this.customerOptedOut.email(), this.customerReadOnly.email(), this.contactEmail);
		}

	}

	/** What an event caused: how its emails' subjects start, and who receives them. */
	record Outcome(String subject, Set<String> recipients) {

	}

	/**
	 * @param optedOut who else turns the group off before the event, besides the two
	 * Technical Contacts
	 */
	record Case(String name, NotificationGroup group, Function<World, List<CurrentUser>> optedOut,
			Function<World, Outcome> action) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	Stream<Arguments> events() {
		return Stream
			.of(new Case("connection request received", NotificationGroup.ORDERING, (world) -> List.of(), (world) -> {
				world.marketplace().request(500, 320);
				return new Outcome("Connection request from " + world.marketplace().customer.name(),
						Set.of(world.marketplace().providerAdmin.email(), world.marketplace().providerTech.email()));
			}), new Case("connection request received, nobody of the provider subscribed", NotificationGroup.ORDERING,
					(world) -> List.of(world.marketplace().providerAdmin, world.marketplace().providerTech),
					(world) -> {
						world.marketplace().request(500, 321);
						return new Outcome("Connection request from " + world.marketplace().customer.name(),
								Set.of(world.contactEmail()));
					}),
					new Case("connection request submitted", NotificationGroup.ORDERING, this::requester, (world) -> {
						world.marketplace().request(500, 322);
						return new Outcome("Connection request submitted to " + world.marketplace().providerName,
								customerSide(world));
					}), new Case("request accepted", NotificationGroup.ORDERING, this::requester, (world) -> {
						this.approvals.accept(world.marketplace().providerAdmin, world.marketplace().request(500, 323));
						return new Outcome("Connection request accepted", customerSide(world));
					}), new Case("request denied", NotificationGroup.ORDERING, this::requester, (world) -> {
						this.approvals.deny(world.marketplace().providerTech, world.marketplace().request(500, 324),
								"Sydney is full this month.");
						return new Outcome("Connection request denied", customerSide(world));
					}), new Case("request expired", NotificationGroup.ORDERING, this::requester, (world) -> {
						world.marketplace().request(500, 325);
						TestClock.advance(Duration.ofDays(30).plusMinutes(1));
						this.expiry.runOnce();
						return new Outcome("Connection request expired", customerSide(world));
					}), new Case("VXC available", NotificationGroup.SERVICES, this::requester, (world) -> {
						available(world, 326);
						return new Outcome("VXC available", bothSides(world));
					}), new Case("VXC available, the requester subscribed", NotificationGroup.SERVICES,
							(world) -> List.of(), (world) -> {
								available(world, 327);
								return new Outcome("VXC available", bothSides(world));
							}),
					new Case("speed change requested", NotificationGroup.ORDERING, (world) -> List.of(), (world) -> {
						raise(world, 328);
						return new Outcome("Speed change request from " + world.marketplace().customer.name(), Set
							.of(world.marketplace().providerAdmin.email(), world.marketplace().providerTech.email()));
					}),
					new Case("speed change requested, nobody of the provider subscribed", NotificationGroup.ORDERING,
							(world) -> List.of(world.marketplace().providerAdmin, world.marketplace().providerTech),
							(world) -> {
								raise(world, 329);
								return new Outcome("Speed change request from " + world.marketplace().customer.name(),
										Set.of(world.contactEmail()));
							}),
					new Case("connection made with a pre-approved service key", NotificationGroup.ORDERING,
							(world) -> List.of(), (world) -> {
								world.marketplace().connectWithPreApprovedKey(200, 333);
								return new Outcome("Connection made with your service key",
										Set.of(world.marketplace().providerAdmin.email(),
												world.marketplace().providerTech.email()));
							}),
					new Case("connection made with a pre-approved service key, nobody of the provider subscribed",
							NotificationGroup.ORDERING,
							(world) -> List.of(world.marketplace().providerAdmin, world.marketplace().providerTech),
							(world) -> {
								world.marketplace().connectWithPreApprovedKey(200, 334);
								return new Outcome("Connection made with your service key",
										Set.of(world.contactEmail()));
							}),
					new Case("VXC made with a pre-approved service key available", NotificationGroup.SERVICES,
							(world) -> List.of(), (world) -> {
								new ServicesFixtures(this.context)
									.provisionUntilLive(world.marketplace().connectWithPreApprovedKey(200, 336));
								return new Outcome(
										"VXC available: " + world.marketplace().customer.name() + " to Nova Sydney",
										Set.of(world.marketplace().providerAdmin.email(),
												world.marketplace().providerTech.email()));
							}),
					new Case("speed change accepted", NotificationGroup.ORDERING, this::requester, (world) -> {
						this.approvals.accept(world.marketplace().providerTech, raise(world, 330));
						return new Outcome("Speed change accepted", customerSide(world));
					}), new Case("speed change denied", NotificationGroup.ORDERING, this::requester, (world) -> {
						this.approvals.deny(world.marketplace().providerAdmin, raise(world, 331),
								"That port is at capacity.");
						return new Outcome("Speed change denied", customerSide(world));
					}), new Case("marketplace profile changed", NotificationGroup.COMPANY, (world) -> List.of(),
							(world) -> {
								this.profiles.save(world.marketplace().providerAdmin,
										new ProfileData(world.marketplace().providerName, "Cloud and SaaS in Sydney.",
												Set.of(ServiceType.CLOUD, ServiceType.SAAS), null, world.contactEmail(),
												Set.of(world.marketplace().providerPort), true));
								return new Outcome("Marketplace profile changed",
										Set.of(world.marketplace().providerAdmin.email(),
												world.marketplace().providerTech.email()));
							}))
			.map(Arguments::of);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("events")
	void eachEventReachesExactlyItsRecipientsOnce(Case event) {
		World world = world();
		List<CurrentUser> optedOut = new ArrayList<>(
				List.of(world.marketplace().providerContact, world.customerOptedOut()));
		optedOut.addAll(event.optedOut().apply(world));
		optedOut.forEach((user) -> turnOff(user, event.group()));

		Outcome outcome = event.action().apply(world);

		// the outbox rows are written with the change: nobody else, and once each
		for (String email : world.everyone()) {
			assertThat(this.outbox.count(email, outcome.subject())).as("outbox rows to " + email)
				.isEqualTo(outcome.recipients().contains(email) ? 1 : 0);
		}
		// and once the dispatcher has drained them, that is what SMTP delivered
		this.outbox.awaitSent(world.everyone());
		for (String email : world.everyone()) {
			assertThat(received(email, outcome.subject())).as("emails to " + email)
				.isEqualTo(outcome.recipients().contains(email) ? 1 : 0);
		}
	}

	@Test
	void anEmailToTheProfilesContactEmailSaysWhyItWentThere() {
		World world = world();
		List.of(world.marketplace().providerAdmin, world.marketplace().providerTech,
				world.marketplace().providerContact)
			.forEach((user) -> turnOff(user, NotificationGroup.ORDERING));
		raise(world, 332);
		world.marketplace().connectWithPreApprovedKey(200, 335);

		String why = "This email went to the contact email of your Marketplace profile because nobody at "
				+ world.marketplace().providerName + " subscribes to Ordering notifications.";
		assertThat(textOf(world.contactEmail(), "Connection request from")).contains(why);
		assertThat(textOf(world.contactEmail(), "Speed change request from")).contains(why)
			.contains("from 500 Mbps to 1,000 Mbps");
		// a key can be for a port that is not listed: the email names the company
		assertThat(textOf(world.contactEmail(), "Connection made with your service key")).contains(
				"This email went to the contact email of your Marketplace profile because nobody at "
						+ world.marketplace().provider.name() + " subscribes to Ordering notifications.",
				"Speed: 200 Mbps", "VLAN at your port: 335");
	}

	@Test
	void aSubjectNamesTheProviderOnceWhenItsPortIsNamedAfterIt() {
		World world = world();
		String port = world.marketplace().providerName + " Sydney";
		this.jdbc.update("update service set name = ? where id = ?", port, world.marketplace().providerPort);
		this.approvals.accept(world.marketplace().providerAdmin, world.marketplace().request(500, 337));

		String email = world.marketplace().customerTech.email();
		assertThat(this.outbox.subjectsTo(email))
			.filteredOn((subject) -> subject.startsWith("Connection request accepted"))
			.containsExactly("Connection request accepted: " + port);
	}

	@Test
	void theProfileChangeEmailShowsTheFieldsBeforeAndAfter() {
		World world = world();
		this.profiles.save(world.marketplace().providerAdmin,
				new ProfileData(world.marketplace().providerName, "Cloud and SaaS in Sydney.",
						Set.of(ServiceType.CLOUD, ServiceType.SAAS), null, world.contactEmail(),
						Set.of(world.marketplace().providerPort), true));

		String text = textOf(world.marketplace().providerTech.email(), "Marketplace profile changed");
		assertThat(text)
			.contains(
					world.marketplace().providerAdmin.fullName() + " changed the Marketplace profile of "
							+ world.marketplace().provider.name(),
					"Description: Cloud compute in Sydney. → Cloud and SaaS in Sydney.",
					"Service types: Cloud → Cloud, SaaS",
					"Marketplace Profile: http://localhost:8080/company/marketplace-profile",
					"You received this email because you are subscribed to Company notifications")
			.doesNotContain("Display name:", "Contact email:");
	}

	private World world() {
		MarketplaceWorld marketplace = new MarketplaceWorld(this.context);
		Fixtures fixtures = new Fixtures(this.accounts, this.users);
		return new World(marketplace, fixtures.user(marketplace.customer, Role.TECHNICAL_CONTACT),
				fixtures.user(marketplace.customer, Role.READ_ONLY),
				this.jdbc.queryForObject("select contact_email from marketplace_profile where company_id = ?",
						String.class, marketplace.provider.id()));
	}

	/** The requester turned the group off: they receive the email all the same. */
	private List<CurrentUser> requester(World world) {
		return List.of(world.marketplace().customerTech);
	}

	/** The provider accepts and the provisioner takes the VXC LIVE. */
	private void available(World world, int vlan) {
		long approval = world.marketplace().request(500, vlan);
		this.approvals.accept(world.marketplace().providerAdmin, approval);
		new ServicesFixtures(this.context).provisionUntilLive(world.marketplace().vxcOfApproval(approval));
	}

	/**
	 * A LIVE connection whose speed the requester asks to raise from 500 to 1,000 Mbps.
	 * @return the speed change's approval
	 */
	private long raise(World world, int vlan) {
		long vxc = world.marketplace().liveConnection(500, vlan);
		this.speedChanges.change(world.marketplace().customerTech, vxc, 1000);
		return world.marketplace().approvalOf(vxc);
	}

	private void turnOff(CurrentUser user, NotificationGroup group) {
		List<NotificationGroup> kept = new ArrayList<>(Arrays.asList(NotificationGroup.values()));
		kept.remove(group);
		this.settings.save(user, kept);
	}

	private static Set<String> customerSide(World world) {
		return Set.of(world.marketplace().customerTech.email(), world.marketplace().customerAdmin.email());
	}

	private static Set<String> bothSides(World world) {
		return Set.of(world.marketplace().customerTech.email(), world.marketplace().customerAdmin.email(),
				world.marketplace().providerAdmin.email(), world.marketplace().providerTech.email());
	}

	private static long received(String email, String subjectPrefix) {
		return TestSmtp.messagesTo(email)
			.stream()
			.filter((message) -> subjectOf(message).startsWith(subjectPrefix))
			.count();
	}

}
