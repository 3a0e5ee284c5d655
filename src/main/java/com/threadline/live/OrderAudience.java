package com.threadline.live;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Who follows an order: its merchandiser and business owner. */
@Component
class OrderAudience {

    private final JdbcTemplate jdbc;

    OrderAudience(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Set<String> of(String orderNo) {
        Set<String> people = new LinkedHashSet<>();
        jdbc.query("select merchandiser, business_owner from orders where order_no = ?", row -> {
            addIfPresent(people, row.getString(1));
            addIfPresent(people, row.getString(2));
        }, orderNo);
        return people;
    }

    private static void addIfPresent(Set<String> people, String login) {
        if (login != null && !login.isBlank()) {
            people.add(login);
        }
    }
}
