package com.interconnect.portal.billing.domain;

import java.time.Instant;

import com.interconnect.portal.billing.BillingDetails;
import com.interconnect.portal.shared.PhoneNumbers;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/**
 * A company enabled in one market, with the contact and address its invoices go to.
 */
@Entity
class BillingMarket {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long companyId;

	@ManyToOne(optional = false)
	@JoinColumn(name = "market_code")
	private Market market;

	private String contactName;

	private String contactPhone;

	private String contactEmail;

	private String addressLine1;

	private String addressLine2;

	private String city;

	private String region;

	private String postcode;

	private String purchaseOrder;

	private String taxId;

	private Instant enabledAt;

	private Instant updatedAt;

	private String updatedBy;

	@Version
	private long version;

	protected BillingMarket() {
	}

	BillingMarket(long companyId, Market market, BillingDetails details, String contactPhoneE164, Instant now,
			String by) {
		this.companyId = companyId;
		this.market = market;
		this.enabledAt = now;
		update(details, contactPhoneE164, now, by);
	}

	/** The market itself never changes; everything else may. */
	void update(BillingDetails details, String contactPhoneE164, Instant now, String by) {
		this.contactName = details.contactName().strip();
		this.contactPhone = contactPhoneE164;
		this.contactEmail = details.contactEmail().strip().toLowerCase();
		this.addressLine1 = details.addressLine1().strip();
		this.addressLine2 = blankToNull(details.addressLine2());
		this.city = details.city().strip();
		this.region = blankToNull(details.region());
		this.postcode = blankToNull(details.postcode());
		this.purchaseOrder = blankToNull(details.purchaseOrder());
		this.taxId = blankToNull(details.taxId());
		this.updatedAt = now;
		this.updatedBy = by;
	}

	Market market() {
		return this.market;
	}

	String contactPhone() {
		return this.contactPhone;
	}

	/** One line for the audit log. */
	String describe() {
		return this.market.name() + ": " + this.contactName + ", " + PhoneNumbers.international(this.contactPhone)
				+ ", " + this.contactEmail + "; "
				+ String.join(", ",
						nonNull(this.addressLine1, this.addressLine2, this.city, this.region, this.postcode))
				+ ((this.purchaseOrder != null) ? "; PO " + this.purchaseOrder : "")
				+ ((this.taxId != null) ? "; tax ID " + this.taxId : "");
	}

	BillingMarketView view() {
		return new BillingMarketView(this.id, this.market.option(), this.contactName,
				PhoneNumbers.international(this.contactPhone), this.contactEmail, this.addressLine1, this.addressLine2,
				this.city, this.region, this.postcode, this.purchaseOrder, this.taxId, this.enabledAt, this.updatedAt,
				this.updatedBy);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static java.util.List<String> nonNull(String... values) {
		return java.util.Arrays.stream(values).filter(java.util.Objects::nonNull).toList();
	}

}
