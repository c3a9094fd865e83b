package com.interconnect.portal.marketplace;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;

import com.interconnect.portal.account.AccountType;
import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.account.SupportedBy;
import com.interconnect.portal.catalog.Catalog;
import com.interconnect.portal.catalog.LocationSummary;
import com.interconnect.portal.marketplace.domain.ApprovalService;
import com.interconnect.portal.marketplace.domain.MarketplaceService;
import com.interconnect.portal.marketplace.domain.ProfileData;
import com.interconnect.portal.marketplace.domain.ProfileService;
import com.interconnect.portal.marketplace.domain.ServiceKeyData;
import com.interconnect.portal.marketplace.domain.ServiceKeyService;
import com.interconnect.portal.marketplace.domain.ServiceType;
import com.interconnect.portal.ordering.ConnectionDesigns;
import com.interconnect.portal.ordering.ConnectionDesigns.ConnectionDesign;
import com.interconnect.portal.ordering.domain.ServicesFixtures;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Role;
import com.interconnect.portal.support.Fixtures;
import com.interconnect.portal.support.TestClock;
import com.interconnect.portal.support.TestData;
import com.interconnect.portal.support.TestSmtp;
import com.interconnect.portal.user.domain.UserService;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A provider with a visible Marketplace profile listing a LIVE port in Sydney, and a
 * customer with a LIVE port of its own, made through the modules' services, for the
 * Marketplace tests (unique names: tests share one database).
 */
public final class MarketplaceWorld {

	public final CompanySummary provider;

	public final CurrentUser providerAdmin;

	public final CurrentUser providerTech;

	public final CurrentUser providerContact;

	public final CurrentUser providerReadOnly;

	public final long providerPort;

	public final String providerName;

	public final CompanySummary customer;

	public final CurrentUser customerTech;

	public final CurrentUser customerAdmin;

	public final long customerPort;

	private final ApplicationContext context;

	private final JdbcTemplate jdbc;

	public MarketplaceWorld(ApplicationContext context) {
		this.context = context;
		this.jdbc = context.getBean(JdbcTemplate.class);
		Fixtures fixtures = new Fixtures(context.getBean(Accounts.class), context.getBean(UserService.class));
		ServicesFixtures services = new ServicesFixtures(context);
		this.provider = fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		this.providerAdmin = fixtures.user(this.provider, Role.COMPANY_ADMIN);
		this.providerTech = fixtures.user(this.provider, Role.TECHNICAL_ADMIN);
		this.providerContact = fixtures.user(this.provider, Role.TECHNICAL_CONTACT);
		this.providerReadOnly = fixtures.user(this.provider, Role.READ_ONLY);
		this.customer = fixtures.company(AccountType.DIRECT, SupportedBy.OPERATOR);
		this.customerTech = fixtures.user(this.customer, Role.TECHNICAL_ADMIN);
		this.customerAdmin = fixtures.user(this.customer, Role.COMPANY_ADMIN);
		this.providerPort = services.port(this.provider.id(), "Nova Sydney");
		this.customerPort = services.port(this.customer.id(), "Customer Sydney");
		this.jdbc.update("update service set location_id = ? where id in (?, ?)", sydney().id(), this.providerPort,
				this.customerPort);
		services.provisionUntilLive(this.providerPort, this.customerPort);
		this.providerName = TestData.unique("Nova");
		context.getBean(ProfileService.class)
			.save(this.providerAdmin, new ProfileData(this.providerName, "Cloud compute in Sydney.",
					Set.of(ServiceType.CLOUD), null, TestData.email("partners"), Set.of(this.providerPort), true));
	}

	public LocationSummary sydney() {
		return this.context.getBean(Catalog.class)
			.locations()
			.stream()
			.filter((location) -> location.city().equals("Sydney"))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * The customer's Technical Admin requests a VXC to the provider's port through the
	 * Marketplace and orders it.
	 * @return the approval's id
	 */
	public long request(int rateLimitMbps, int vlan) {
		long configuration = this.context.getBean(MarketplaceService.class)
			.requestConnection(this.customerTech, this.providerPort,
					new ConnectionDesign("To " + this.providerName, "service:" + this.customerPort, this.providerPort,
							rateLimitMbps, vlan, vlan, null, TestData.unique("Connection")));
		this.context.getBean(ConnectionDesigns.class).placeOrder(this.customerTech, configuration);
		return approvalOf(vxcOf(configuration));
	}

	/**
	 * A VXC from the customer's port to the provider's, requested, accepted by the
	 * provider's Company Admin and provisioned until LIVE.
	 * @return the VXC's id
	 */
	public long liveConnection(int rateLimitMbps, int vlan) {
		long vxc = vxcOfApproval(request(rateLimitMbps, vlan));
		this.context.getBean(ApprovalService.class).accept(this.providerAdmin, approvalOf(vxc));
		new ServicesFixtures(this.context).provisionUntilLive(vxc);
		return vxc;
	}

	/**
	 * The provider's Company Admin creates a pre-approved multi-use key for its port, and
	 * the customer's Technical Admin orders a VXC with it.
	 * @return the VXC's id
	 */
	public long connectWithPreApprovedKey(int rateLimitMbps, int vlan) {
		ServiceKeyService keys = this.context.getBean(ServiceKeyService.class);
		LocalDate today = TestClock.today();
		long keyId = keys.create(this.providerAdmin, new ServiceKeyData(this.providerPort, TestData.unique("Key"), true,
				1000, null, true, today, today.plusDays(5)));
		String key = keys.get(this.providerAdmin, keyId, 0).key().key();
		long configuration = this.context.getBean(MarketplaceService.class)
			.connectWithServiceKey(this.customerTech, new ConnectionDesign("Keyed", "service:" + this.customerPort, 0,
					rateLimitMbps, vlan, vlan, null, TestData.unique("Keyed"), key));
		this.context.getBean(ConnectionDesigns.class).placeOrder(this.customerTech, configuration);
		return vxcOf(configuration);
	}

	public long vxcOf(long configuration) {
		return this.jdbc.queryForObject(
				"select s.id from service s join service_order o on o.id = s.order_id where o.configuration_id = ?"
						+ " and s.kind = 'VXC'",
				Long.class, configuration);
	}

	/** The VXC's latest approval. */
	public long approvalOf(long vxcId) {
		return this.jdbc.queryForObject("select max(id) from approval where vxc_id = ?", Long.class, vxcId);
	}

	public long vxcOfApproval(long approvalId) {
		return this.jdbc.queryForObject("select vxc_id from approval where id = ?", Long.class, approvalId);
	}

	public String statusOf(long approvalId) {
		return this.jdbc.queryForObject("select status from approval where id = ?", String.class, approvalId);
	}

	public String stateOf(long serviceId) {
		return this.jdbc.queryForObject("select state from service where id = ?", String.class, serviceId);
	}

	/**
	 * The subject of the email delivered to the address whose subject starts with the
	 * prefix, waiting up to 20 s for that email (not for any email: others can arrive
	 * first).
	 */
	public static String subjectTo(String email, String subjectPrefix) {
		return subjectOf(messageTo(email, subjectPrefix));
	}

	/**
	 * The plain text of the email to the address whose subject starts with the prefix.
	 */
	public static String textOf(String email, String subjectPrefix) {
		MimeMessage message = messageTo(email, subjectPrefix);
		try {
			return textPart(message);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static MimeMessage messageTo(String email, String subjectPrefix) {
		return waitFor(() -> TestSmtp.messagesTo(email)
			.stream()
			.filter((candidate) -> subjectOf(candidate).startsWith(subjectPrefix))
			.findFirst()
			.orElse(null), (found) -> found != null);
	}

	private static String textPart(jakarta.mail.Part part) throws Exception {
		if (part.isMimeType("text/plain")) {
			return (String) part.getContent();
		}
		if (part.isMimeType("multipart/*")) {
			jakarta.mail.Multipart multipart = (jakarta.mail.Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				String text = textPart(multipart.getBodyPart(i));
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

	public static String subjectOf(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static <T> T waitFor(Supplier<T> value, java.util.function.Predicate<T> done) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		T current = value.get();
		while (!done.test(current) && Instant.now().isBefore(deadline)) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			current = value.get();
		}
		if (!done.test(current)) {
			throw new AssertionError("Still " + current + " after 20 seconds");
		}
		return current;
	}

}
