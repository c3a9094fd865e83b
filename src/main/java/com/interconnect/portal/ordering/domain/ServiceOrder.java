package com.interconnect.portal.ordering.domain;

import java.math.BigDecimal;
import java.time.Instant;

import com.interconnect.portal.shared.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A saved configuration turned into services, priced at that moment in the company's
 * currency.
 */
@Entity
class ServiceOrder {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long companyId;

	private long configurationId;

	private long orderedBy;

	private Instant orderedAt;

	private String currency;

	private BigDecimal monthlyTotal;

	protected ServiceOrder() {
	}

	ServiceOrder(long companyId, long configurationId, long orderedBy, Instant orderedAt, Money monthlyTotal) {
		this.companyId = companyId;
		this.configurationId = configurationId;
		this.orderedBy = orderedBy;
		this.orderedAt = orderedAt;
		this.currency = monthlyTotal.currency();
		this.monthlyTotal = monthlyTotal.amount();
	}

	Long id() {
		return this.id;
	}

	long companyId() {
		return this.companyId;
	}

	Money monthlyTotal() {
		return Money.of(this.monthlyTotal, this.currency);
	}

}
