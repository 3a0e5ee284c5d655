package com.threadline.buyer;

import com.threadline.buyer.BuyerOrders.BuyerOrder;
import com.threadline.buyer.BuyerOrders.Status;
import com.threadline.buyer.BuyerOrders.Step;
import com.threadline.customer.CustomerContact;
import com.threadline.customer.CustomerContactRepository;
import com.threadline.notification.DirectMessages;
import com.threadline.notification.channel.Channel;
import com.threadline.notification.channel.Recipient;
import com.threadline.order.OrderPlanChanged;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Emails a customer's opted-in contacts when a step of their order that buyers see is reached, or its forecast
 * first slips past its planned date: once each, whatever the number of re-forecasts (the notice row is the lock).
 * In the background after the plan's commit, so a slow mail server never holds a milestone update.
 */
@Component
class StepEmails {

    private final JdbcTemplate jdbc;
    private final BuyerOrders orders;
    private final CustomerContactRepository contacts;
    private final DirectMessages messages;
    private final Clock clock;
    private final String baseUrl;
    private final Background background;

    StepEmails(JdbcTemplate jdbc, BuyerOrders orders, CustomerContactRepository contacts, DirectMessages messages,
            Clock clock, Background background, @Value("${threadline.public-base-url:http://localhost:8080}") String baseUrl) {
        this.jdbc = jdbc;
        this.orders = orders;
        this.contacts = contacts;
        this.messages = messages;
        this.clock = clock;
        this.background = background;
        this.baseUrl = baseUrl;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void planChanged(OrderPlanChanged event) {
        background.run("Buyer step emails of order " + event.orderNo(), () -> notify(event.orderNo()));
    }

    void notify(String orderNo) {
        // Every milestone update ends here and almost no customer has opted in: one query answers "nothing to send".
        List<long[]> found = jdbc.query("SELECT o.id, o.customer_id FROM orders o WHERE o.order_no = ? AND EXISTS"
                + " (SELECT 1 FROM customer_contact c WHERE c.customer_id = o.customer_id AND c.opt_in = TRUE"
                + " AND c.email IS NOT NULL)", (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, orderNo);
        if (found.isEmpty()) {
            return;
        }
        long orderId = found.get(0)[0];
        List<CustomerContact> optedIn = contacts.ofCustomer(found.get(0)[1]).stream()
                .filter(c -> c.isOptIn() && c.getEmail() != null).toList();
        for (BuyerOrder order : orders.of(found.get(0)[1], orderId, 0).orders()) {
            for (Step step : order.steps()) {
                String kind = step.status() == Status.DONE ? "REACHED"
                        : step.forecastDate().isAfter(step.plannedDate()) ? "SLIPPED" : null;
                if (kind != null && firstTime(orderId, step.code(), kind)) {
                    optedIn.forEach(contact -> send(contact, order, step, kind));
                }
            }
        }
    }

    private boolean firstTime(long orderId, String code, String kind) {
        try {
            return jdbc.update("INSERT INTO buyer_step_notice (order_id, code, kind, sent_at) VALUES (?, ?, ?, ?)",
                    orderId, code, kind, Timestamp.from(clock.instant())) == 1;
        } catch (DuplicateKeyException already) {
            return false;
        }
    }

    private void send(CustomerContact contact, BuyerOrder order, Step step, String kind) {
        String title = "REACHED".equals(kind)
                ? order.orderNo() + ": " + step.nameEn() + " done / " + step.nameZh() + " 已完成"
                : order.orderNo() + ": " + step.nameEn() + " now expected " + step.forecastDate() + " / "
                        + step.nameZh() + " 预计 " + step.forecastDate();
        String text = "REACHED".equals(kind)
                ? step.nameEn() + " was done on " + step.actualDate() + ". " + step.nameZh() + "于 "
                        + step.actualDate() + " 完成。"
                : step.nameEn() + " was planned for " + step.plannedDate() + " and is now expected on "
                        + step.forecastDate() + ". " + step.nameZh() + "原计划 " + step.plannedDate() + "，现预计 "
                        + step.forecastDate() + "。";
        messages.send(Channel.EMAIL, new Recipient("buyer-" + contact.getId(), contact.getName(), null,
                contact.getEmail(), null, null, null), title, text, baseUrl + "/buyer", null);
    }
}
