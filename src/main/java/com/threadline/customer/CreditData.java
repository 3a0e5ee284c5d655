package com.threadline.customer;

import java.math.BigDecimal;

/** A customer's credit: its limit (null: none), the limit's currency, and its overdue receivables. */
public record CreditData(BigDecimal creditLimit, String currency, BigDecimal overdueAmount) {

    static final String DEFAULT_CURRENCY = "CNY";

    public String currencyOrDefault() {
        return currency == null || currency.isBlank() ? DEFAULT_CURRENCY : currency.strip();
    }
}
