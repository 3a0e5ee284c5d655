package com.threadline.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.threadline.exception.ExceptionType;
import com.threadline.exception.OrderException;
import com.threadline.exception.OrderExceptionRepository;
import java.util.List;
import org.springframework.stereotype.Component;

/** The exceptions of one type that are not closed on one order: what a monitor pass left behind. */
@Component
class OpenExceptions {

    private final OrderExceptionRepository exceptions;

    OpenExceptions(OrderExceptionRepository exceptions) {
        this.exceptions = exceptions;
    }

    List<OrderException> of(String orderNo, ExceptionType type) {
        return exceptions.findByOrderNoOrderByDetectedAtDesc(orderNo).stream()
                .filter(e -> e.getType() == type && e.isOpen())
                .toList();
    }

    /** The one open exception of the type, which the monitor still sees (its condition has not cleared). */
    OrderException theOnly(String orderNo, ExceptionType type) {
        List<OrderException> open = of(orderNo, type);
        assertThat(open).as("open %s exceptions of %s", type, orderNo).hasSize(1);
        OrderException exception = open.get(0);
        assertThat(exception.getConditionClearedAt()).as("condition cleared at").isNull();
        return exception;
    }
}
