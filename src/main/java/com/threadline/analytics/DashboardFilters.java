package com.threadline.analytics;

import com.threadline.customer.CustomerDirectory;
import com.threadline.customer.Customer;
import com.threadline.partner.Factory;
import com.threadline.partner.FactoryRepository;
import com.threadline.web.FieldProblem;
import com.threadline.web.InvalidRequestException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Turns the dashboard's parameters into a {@link DashboardFilter}, or a 400 naming each bad field. */
@Component
class DashboardFilters {

    /** Without a period the dashboard shows the last six months (26 weeks) up to today. */
    static final int DEFAULT_WEEKS = 26;
    private static final int MAX_DAYS = 3 * 366;

    private final CustomerDirectory customers;
    private final FactoryRepository factories;
    private final Clock clock;

    DashboardFilters(CustomerDirectory customers, FactoryRepository factories, Clock clock) {
        this.customers = customers;
        this.factories = factories;
        this.clock = clock;
    }

    DashboardFilter of(String customer, String factory, String merchandiser, LocalDate from, LocalDate to) {
        List<FieldProblem> problems = new ArrayList<>();
        Long customerId = null;
        if (present(customer)) {
            customerId = customers.find(customer).map(Customer::getId).orElse(null);
            if (customerId == null) {
                problems.add(new FieldProblem("customer", "没有名为“" + customer.strip() + "”的客户"));
            }
        }
        Long factoryId = null;
        if (present(factory)) {
            factoryId = factories.findByCode(factory.strip()).map(Factory::getId).orElse(null);
            if (factoryId == null) {
                problems.add(new FieldProblem("factory", "没有编号为 " + factory.strip() + " 的工厂"));
            }
        }
        LocalDate end = to != null ? to : LocalDate.now(clock);
        LocalDate start = from != null ? from : end.minusWeeks(DEFAULT_WEEKS).plusDays(1);
        if (start.isAfter(end)) {
            problems.add(new FieldProblem("from", "开始日期不能晚于结束日期"));
        } else if (ChronoUnit.DAYS.between(start, end) > MAX_DAYS) {
            problems.add(new FieldProblem("from", "时间段最长 3 年"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new DashboardFilter(customerId, factoryId, present(merchandiser) ? merchandiser.strip() : null, start,
                end, utc(start), utc(end.plusDays(1)));
    }

    private LocalDateTime utc(LocalDate day) {
        return LocalDateTime.ofInstant(day.atStartOfDay(clock.getZone()).toInstant(), ZoneOffset.UTC);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
