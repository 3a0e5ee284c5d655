package com.threadline.credit;

import com.threadline.customer.Customer;
import com.threadline.order.Order;
import com.threadline.order.OrderRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What decisions/credit-check.dmn decides from. The exposure is the value (quantity × unit price) of all the
 * customer's open orders, this one included: a limit bounds what the customer owes and will owe, not one order.
 */
@Service
class CreditFacts {

    private final OrderRepository orders;

    CreditFacts(OrderRepository orders) {
        this.orders = orders;
    }

    @Transactional(readOnly = true)
    Facts of(String orderNo) {
        Order order = orders.forProcess(orderNo);
        Customer customer = order.getCustomer();
        return new Facts(order.value(), orders.openValueOfCustomer(customer.getId()), customer.getCreditLimit(),
                customer.getCreditCurrency() == null ? "CNY" : customer.getCreditCurrency(),
                customer.getOverdueAmount());
    }

    record Facts(BigDecimal orderValue, BigDecimal exposure, BigDecimal creditLimit, String currency,
            BigDecimal overdueAmount) {

        /** The decision's inputs (numbers as doubles, as its typeRef says; null where the customer has none). */
        Map<String, Object> variables() {
            Map<String, Object> variables = new HashMap<>();
            variables.put("exposure", exposure.doubleValue());
            variables.put("creditLimit", creditLimit == null ? null : creditLimit.doubleValue());
            variables.put("overdueAmount", overdueAmount == null ? null : overdueAmount.doubleValue());
            return variables;
        }

        /** The figures behind the outcome, for the order page and finance. */
        String figures() {
            return "未结订单 " + currency + " " + amount(exposure)
                    + (creditLimit == null ? "" : "，额度 " + amount(creditLimit))
                    + (overdueAmount == null || overdueAmount.signum() == 0 ? "" : "，逾期 " + amount(overdueAmount));
        }

        private static String amount(BigDecimal value) {
            return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
        }
    }
}
