package com.interconnect.portal.shared;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MoneyTests {

	@Test
	void isShownAsTheCurrencyCodeAndTheAmountToTheMinorUnit() {
		assertThat(Money.of("1234", "AUD").formatted()).isEqualTo("AUD 1,234.00");
		assertThat(Money.of("123400", "JPY").formatted()).isEqualTo("JPY 123,400");
		assertThat(Money.of("3676.5", "EUR").formatted()).isEqualTo("EUR 3,676.50");
		assertThat(Money.of("495", "USD").formatted()).isEqualTo("USD 495.00");
		assertThat(Money.of("1234567.89", "USD").toString()).isEqualTo("USD 1,234,567.89");
		assertThat(Money.zero("GBP").formatted()).isEqualTo("GBP 0.00");
	}

	@Test
	void equalAmountsAreEqualWhateverTheirScale() {
		assertThat(Money.of("495", "USD")).isEqualTo(Money.of(new BigDecimal("495.00"), "USD"));
		assertThat(Money.of("85388.00", "JPY").amount()).isEqualByComparingTo("85388").hasScaleOf(0);
		assertThat(Money.of("495", "USD")).isNotEqualTo(Money.of("495", "AUD"));
	}

	@Test
	void addsAmountsOfTheSameCurrency() {
		Money total = Money.zero("AUD").plus(Money.of("1923", "AUD")).plus(Money.of("90.50", "AUD"));

		assertThat(total).isEqualTo(Money.of("2013.50", "AUD"));
		assertThat(Money.of("60000", "JPY").plus(Money.of("37500", "JPY")).formatted()).isEqualTo("JPY 97,500");
		assertThat(Money.of("400", "USD").times(3)).isEqualTo(Money.of("1200", "USD"));
		assertThat(Money.zero("EUR").isZero()).isTrue();
	}

	@Test
	void refusesToMixCurrencies() {
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1", "AUD").plus(Money.of("1", "USD")))
			.withMessage("Cannot combine amounts in different currencies: AUD 1.00 and USD 1.00");
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1", "AUD").compareTo(Money.of("1", "NZD")));
	}

	@Test
	void refusesUnknownCurrenciesAndFractionsBelowTheMinorUnit() {
		assertThatIllegalArgumentException().isThrownBy(() -> Money.zero("XXQ")).withMessage("Unknown currency: XXQ");
		assertThatIllegalArgumentException().isThrownBy(() -> Money.zero("usd"))
			.withMessage("Not an ISO 4217 currency code: usd");
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1.5", "JPY"))
			.withMessage("1.5 is more precise than the minor unit of JPY");
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1.005", "USD"));
	}

}
