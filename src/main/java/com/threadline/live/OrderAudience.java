package com.threadline.live;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who follows an order: its merchandiser and business owner, and the people of its factory and of the suppliers of
 * its material lines.
 */
@Component
class OrderAudience {

    private static final String PARTNER_PEOPLE = """
            select u.login from app_user u join organisation g on g.id = u.organisation_id
            join orders o on o.order_no = ?
            where u.enabled and (g.factory_id = o.factory_id
               or g.supplier_id in (select ml.supplier_id from material_line ml where ml.order_id = o.id))""";

    private final JdbcTemplate jdbc;

    OrderAudience(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Set<String> of(String orderNo) {
        Set<String> people = staffOf(orderNo);
        jdbc.query(PARTNER_PEOPLE, row -> {
            people.add(row.getString(1));
        }, orderNo);
        return people;
    }

    /** Only our own people of the order: its merchandiser and business owner. */
    Set<String> staffOf(String orderNo) {
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
