package com.threadline.inputs;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Remembers every {@link OrderInputReceived} the application publishes, from any thread. (Spring's
 * {@code @RecordApplicationEvents} records only events of the test's own thread, and the API tests' requests
 * run on the server's threads.) Tests read the events of their own order only.
 */
@Component
class ReceivedInputs {

    private final List<OrderInputReceived> received = new CopyOnWriteArrayList<>();

    @EventListener
    void on(OrderInputReceived event) {
        received.add(event);
    }

    List<InputKind> of(String orderNo) {
        return received.stream().filter(e -> e.orderNo().equals(orderNo)).map(OrderInputReceived::kind).toList();
    }
}
