package com.interconnect.portal.marketplace.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.interconnect.portal.account.Accounts;
import com.interconnect.portal.account.CompanySummary;
import com.interconnect.portal.marketplace.ApprovalStatus;
import com.interconnect.portal.marketplace.ApprovalType;
import com.interconnect.portal.marketplace.ConnectionAvailable;
import com.interconnect.portal.marketplace.ConnectionCancelled;
import com.interconnect.portal.marketplace.ConnectionRequest;
import com.interconnect.portal.marketplace.ConnectionRequestDecided;
import com.interconnect.portal.marketplace.ConnectionRequestOpened;
import com.interconnect.portal.marketplace.ConnectionRequestReminder;
import com.interconnect.portal.marketplace.MarketplacePermissions;
import com.interconnect.portal.marketplace.MarketplaceProperties;
import com.interconnect.portal.ordering.ConnectionRequested;
import com.interconnect.portal.ordering.Ordering;
import com.interconnect.portal.ordering.PortSummary;
import com.interconnect.portal.ordering.ServiceCancelled;
import com.interconnect.portal.ordering.ServiceKind;
import com.interconnect.portal.ordering.ServiceLive;
import com.interconnect.portal.ordering.ServiceState;
import com.interconnect.portal.ordering.SpeedChangeRequested;
import com.interconnect.portal.shared.CappedPage;
import com.interconnect.portal.shared.CurrentUser;
import com.interconnect.portal.shared.Forbidden;
import com.interconnect.portal.shared.InvalidInputException;
import com.interconnect.portal.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Connection requests and speed changes, and their approvals (product.md §6): opened when
 * ordering creates a VXC to another company's port or a customer raises the speed of one,
 * decided once by the provider's Company Admins and Technical Admins, withdrawn by the
 * requester, expired by {@link ApprovalExpiry}. Every change locks the approval row
 * first, so the second of two people deciding at once waits and is told who decided
 * first; nothing changes and no email is sent twice.
 */
@Service
@Transactional(readOnly = true)
public class ApprovalService {

	static final int PAGE_SIZE = 20;

	static final String OPERATOR_REASON = "Approvals belong to customer companies: the operator's staff have none.";

	static final String DECIDE_REASON = "Only the Company Admins and Technical Admins of the port's owner can accept or "
			+ "deny a connection request.";

	static final String WITHDRAW_REASON = "Only the user who requested it, or a Company Admin or Technical Admin of "
			+ "the requesting company, can withdraw a connection request.";

	private final ApprovalRepository approvals;

	private final MarketplaceProfileRepository profiles;

	private final Ordering ordering;

	private final Accounts accounts;

	private final MarketplaceProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ApprovalService(ApprovalRepository approvals, MarketplaceProfileRepository profiles, Ordering ordering,
			Accounts accounts, MarketplaceProperties properties, ApplicationEventPublisher events, Clock clock) {
		this.approvals = approvals;
		this.profiles = profiles;
		this.ordering = ordering;
		this.accounts = accounts;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Opens the approval of a VXC ordered to another company's port, in the order's
	 * transaction.
	 */
	@EventListener
	@Transactional
	void on(ConnectionRequested request) {
		Approval approval = this.approvals
			.saveAndFlush(Approval.newOrder(request, request.requestedAt().plus(this.properties.requestExpiry())));
		this.events.publishEvent(new ConnectionRequestOpened(describe(approval), contactEmailOf(approval)));
	}

	/**
	 * Opens the approval of a raise of a LIVE VXC's speed, in the transaction of the
	 * request.
	 */
	@EventListener
	@Transactional
	void on(SpeedChangeRequested request) {
		Approval approval = this.approvals
			.saveAndFlush(Approval.speedChange(request, request.requestedAt().plus(this.properties.requestExpiry())));
		this.events.publishEvent(new ConnectionRequestOpened(describe(approval), contactEmailOf(approval)));
	}

	/**
	 * An accepted connection went LIVE: the customer and provider learn it is available.
	 */
	@EventListener
	void on(ServiceLive live) {
		if (live.kind() != ServiceKind.VXC) {
			return;
		}
		this.approvals.findFirstByVxcIdAndTypeOrderByIdDesc(live.serviceId(), ApprovalType.NEW_ORDER)
			.filter((approval) -> approval.status() == ApprovalStatus.APPROVED)
			.ifPresent(
					(approval) -> this.events.publishEvent(new ConnectionAvailable(describe(approval), live.liveAt())));
	}

	/**
	 * An accepted connection was cancelled: the requester and the provider learn it.
	 */
	@EventListener
	void on(ServiceCancelled cancelled) {
		if (cancelled.kind() != ServiceKind.VXC) {
			return;
		}
		this.approvals.findFirstByVxcIdAndTypeOrderByIdDesc(cancelled.serviceId(), ApprovalType.NEW_ORDER)
			.filter((approval) -> approval.status() == ApprovalStatus.APPROVED)
			.ifPresent((approval) -> this.events.publishEvent(
					new ConnectionCancelled(describe(approval), cancelled.actorName(), cancelled.cancelledAt())));
	}

	/** The pending items of the Approvals page, for the navigation. */
	public long pendingCount(CurrentUser actor) {
		if (!MarketplacePermissions.canBrowse(actor)) {
			return 0;
		}
		return this.approvals.countPendingOf(actor.companyId());
	}

	public ApprovalsPage page(CurrentUser actor, int incomingPage, int outgoingPage, int historyPage) {
		Forbidden.unless(MarketplacePermissions.canBrowse(actor), OPERATOR_REASON);
		long companyId = actor.companyId();
		Page<Approval> incoming = this.approvals.findByProviderCompanyIdAndStatusOrderByRequestedAtDescIdDesc(companyId,
				ApprovalStatus.PENDING, PageRequest.of(Math.max(incomingPage, 0), PAGE_SIZE));
		Page<Approval> outgoing = this.approvals.findByCustomerCompanyIdAndStatusOrderByRequestedAtDescIdDesc(companyId,
				ApprovalStatus.PENDING, PageRequest.of(Math.max(outgoingPage, 0), PAGE_SIZE));
		Pageable historyPageable = PageRequest.of(Math.max(historyPage, 0), PAGE_SIZE);
		Page<Approval> history = CappedPage.of(
				this.approvals.decidedOf(companyId, historyPageable.getOffset() + PAGE_SIZE, PAGE_SIZE,
						historyPageable.getOffset()),
				historyPageable, this.approvals.countDecidedUpTo(companyId, CappedPage.countLimit(historyPageable)));
		Names names = names(Stream.of(incoming, outgoing, history).flatMap(Page::stream).toList());
		return new ApprovalsPage(incoming.map((approval) -> row(approval, names, actor)),
				outgoing.map((approval) -> row(approval, names, actor)),
				history.map((approval) -> row(approval, names, actor)), MarketplacePermissions.canDecide(actor));
	}

	/**
	 * The provider accepts: the VXC is due for the provisioner.
	 * @throws AlreadyDecidedException when it is no longer pending
	 */
	@Transactional
	public ConnectionRequest accept(CurrentUser actor, long approvalId) {
		Approval approval = decidable(actor, approvalId);
		approval.accept(actor.id(), actor.fullName(), this.clock.instant());
		if (approval.isSpeedChange()) {
			this.ordering.acceptSpeedChange(approval.vxcId(), actor.fullName());
		}
		else {
			this.ordering.acceptConnection(approval.vxcId(), actor.fullName());
		}
		return decided(approval);
	}

	/**
	 * The provider denies, with an optional reason: a new VXC ends DENIED and is never
	 * billed; a VXC whose speed change is denied keeps its speed.
	 * @throws AlreadyDecidedException when it is no longer pending
	 */
	/** The length of approval.comment. */
	static final int REASON_LENGTH = 1000;

	@Transactional
	public ConnectionRequest deny(CurrentUser actor, long approvalId, String reason) {
		Approval approval = decidable(actor, approvalId);
		if (reason != null && reason.strip().length() > REASON_LENGTH) {
			throw InvalidInputException.of("reason",
					"A reason has at most " + REASON_LENGTH + " characters: the request is still pending.");
		}
		approval.reject(actor.id(), actor.fullName(), this.clock.instant(), reason);
		end(approval, ServiceState.DENIED, "Denied by " + actor.fullName() + " of the port's owner"
				+ ((approval.comment() != null) ? ": " + approval.comment() : ""), actor.fullName());
		return decided(approval);
	}

	/**
	 * The requester withdraws a pending request: a new VXC ends CANCELLED; a VXC keeps
	 * its speed.
	 * @throws AlreadyDecidedException when it is no longer pending
	 */
	@Transactional
	public ConnectionRequest withdraw(CurrentUser actor, long approvalId) {
		Approval approval = visible(actor, approvalId);
		Forbidden.unless(approval.customerCompanyId() == actor.companyId()
				&& MarketplacePermissions.canWithdraw(actor, approval.requestedBy()), WITHDRAW_REASON);
		approval.withdraw(actor.id(), actor.fullName(), this.clock.instant());
		end(approval, ServiceState.CANCELLED, "Withdrawn by " + actor.fullName(), actor.fullName());
		return decided(approval);
	}

	/** The pending requests whose time is up, up to {@code limit}, oldest first. */
	@Transactional(readOnly = true)
	public List<Long> expiredRequests(int limit) {
		return this.approvals.expiredIds(this.clock.instant(), limit);
	}

	/**
	 * Expires the request if it is still pending and its time is up.
	 * @return whether it expired now
	 */
	@Transactional
	public boolean expire(long approvalId) {
		Instant now = this.clock.instant();
		return this.approvals.lockExpired(approvalId, now).map((approval) -> {
			approval.expire(now);
			end(approval, ServiceState.EXPIRED, "Expired: the port's owner did not answer in time", null);
			decided(approval);
			return true;
		}).orElse(false);
	}

	/**
	 * Reminds providers once of the pending requests expiring within
	 * {@code portal.marketplace.reminder-before}, up to {@code limit}.
	 */
	@Transactional
	public void remind(int limit) {
		Instant now = this.clock.instant();
		for (Approval approval : this.approvals.claimToRemind(now.plus(this.properties.reminderBefore()), limit)) {
			approval.remind(now);
			this.events.publishEvent(new ConnectionRequestReminder(describe(approval), contactEmailOf(approval)));
		}
	}

	/**
	 * A request that was not accepted ends: a new VXC in {@code connectionEnd}; a speed
	 * change leaves the VXC at its speed.
	 * @param note the VXC's history note ("Withdrawn by …")
	 */
	private void end(Approval approval, ServiceState connectionEnd, String note, String actorName) {
		if (approval.isSpeedChange()) {
			this.ordering.dropSpeedChange(approval.vxcId(), String.format(Locale.ROOT, "Speed change to %,d Mbps %s",
					approval.requestedRateLimitMbps(), Character.toLowerCase(note.charAt(0)) + note.substring(1)),
					actorName);
		}
		else {
			this.ordering.endConnection(approval.vxcId(), connectionEnd, note, actorName);
		}
	}

	private ConnectionRequest decided(Approval approval) {
		this.approvals.flush();
		ConnectionRequest request = describe(approval);
		this.events.publishEvent(new ConnectionRequestDecided(request, approval.status(), approval.decidedByUserId(),
				approval.decidedByName(), approval.decidedAt(), approval.comment()));
		return request;
	}

	/**
	 * The approval locked, if the user's company is one of its two sides; 404 otherwise.
	 */
	private Approval visible(CurrentUser actor, long approvalId) {
		Forbidden.unless(MarketplacePermissions.canBrowse(actor), OPERATOR_REASON);
		Approval approval = this.approvals.lockById(approvalId).orElseThrow(() -> new NotFoundException("Request"));
		if (approval.providerCompanyId() != actor.companyId() && approval.customerCompanyId() != actor.companyId()) {
			throw new NotFoundException("Request");
		}
		return approval;
	}

	private Approval decidable(CurrentUser actor, long approvalId) {
		Approval approval = visible(actor, approvalId);
		Forbidden.unless(approval.providerCompanyId() == actor.companyId() && MarketplacePermissions.canDecide(actor),
				DECIDE_REASON);
		return approval;
	}

	private String contactEmailOf(Approval approval) {
		return this.profiles.findById(approval.providerCompanyId()).map(MarketplaceProfile::contactEmail).orElse(null);
	}

	ConnectionRequest describe(Approval approval) {
		Names names = names(List.of(approval));
		PortSummary aEnd = names.ports().get(approval.aEndPortId());
		PortSummary bEnd = names.ports().get(approval.bEndPortId());
		return new ConnectionRequest(approval.id(), approval.type(), approval.vxcId(), approval.customerCompanyId(),
				names.company(approval.customerCompanyId()), approval.providerCompanyId(),
				names.provider(approval.providerCompanyId()), portName(aEnd), location(aEnd), portName(bEnd),
				location(bEnd), approval.rateLimitMbps(), approval.requestedRateLimitMbps(), approval.aVlan(),
				approval.bVlan(), approval.requestedBy(), approval.requestedByName(), approval.requestedAt(),
				approval.expiresAt());
	}

	private ApprovalRow row(Approval approval, Names names, CurrentUser actor) {
		PortSummary aEnd = names.ports().get(approval.aEndPortId());
		PortSummary bEnd = names.ports().get(approval.bEndPortId());
		boolean pending = approval.isPending();
		boolean canDecide = pending && approval.providerCompanyId() == actor.companyId()
				&& MarketplacePermissions.canDecide(actor);
		boolean canWithdraw = pending && approval.customerCompanyId() == actor.companyId()
				&& MarketplacePermissions.canWithdraw(actor, approval.requestedBy());
		return new ApprovalRow(approval.id(), approval.type(), names.company(approval.customerCompanyId()),
				names.provider(approval.providerCompanyId()), portName(aEnd), location(aEnd), portName(bEnd),
				location(bEnd), approval.rateLimitMbps(), approval.requestedRateLimitMbps(), approval.aVlan(),
				approval.bVlan(), approval.requestedByName(), approval.requestedAt(), approval.expiresAt(),
				approval.status(), approval.decidedByName(), approval.decidedAt(), approval.comment(), canDecide,
				canWithdraw);
	}

	/**
	 * The companies, provider profiles and ports of the approvals, in one lookup each.
	 */
	private Names names(Collection<Approval> shown) {
		Set<Long> companies = new HashSet<>();
		Set<Long> ports = new HashSet<>();
		for (Approval approval : shown) {
			companies.add(approval.customerCompanyId());
			companies.add(approval.providerCompanyId());
			ports.add(approval.aEndPortId());
			ports.add(approval.bEndPortId());
		}
		if (companies.isEmpty()) {
			return new Names(Map.of(), Map.of(), Map.of());
		}
		Map<Long, String> displayNames = new HashMap<>();
		this.profiles.findByCompanyIdIn(companies)
			.forEach((profile) -> displayNames.put(profile.companyId(), profile.displayName()));
		return new Names(this.accounts.getAll(companies), displayNames, this.ordering.ports(ports));
	}

	private static String portName(PortSummary port) {
		return (port != null) ? port.name() : "—";
	}

	private static String location(PortSummary port) {
		return (port != null) ? port.locationLabel() : "—";
	}

	private record Names(Map<Long, CompanySummary> companies, Map<Long, String> displayNames,
			Map<Long, PortSummary> ports) {

		String company(long id) {
			CompanySummary company = this.companies.get(id);
			return (company != null) ? company.name() : "—";
		}

		/** The provider's Marketplace display name, or its company name. */
		String provider(long id) {
			return this.displayNames.getOrDefault(id, company(id));
		}

	}

}
