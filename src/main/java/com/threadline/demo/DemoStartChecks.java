package com.threadline.demo;

import com.threadline.customer.CreditData;
import com.threadline.customer.CustomerDirectory;
import com.threadline.stock.StockOnHand;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * What the start checks read in the demo: one customer with a credit limit (its orders carry no price, so they
 * pass; an order priced over 500,000 CNY waits for finance), and the demo's two materials in stock, so the demo
 * orders take them from stock and the suppliers' pages show only the purchase requests of orders entered since.
 */
@Component
class DemoStartChecks {

    static final String LIMITED_CUSTOMER = "Maple Kids Ltd";

    private final CustomerDirectory customers;
    private final StockOnHand stock;

    DemoStartChecks(CustomerDirectory customers, StockOnHand stock) {
        this.customers = customers;
        this.stock = stock;
    }

    void create() {
        customers.updateCredit(customers.findOrAdd(LIMITED_CUSTOMER).getId(),
                new CreditData(new BigDecimal("500000"), "CNY", BigDecimal.ZERO));
        stock.count(DemoData.FABRIC, new BigDecimal("1000000"), "m");
        stock.count(DemoData.TRIMS, new BigDecimal("1000000"), "pcs");
    }
}
