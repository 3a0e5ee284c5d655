package com.threadline.analytics;

import com.threadline.access.DisplayNames;
import com.threadline.analytics.DashboardViews.CycleTime;
import com.threadline.analytics.DashboardViews.Delivery;
import com.threadline.analytics.DashboardViews.GradeTimes;
import com.threadline.analytics.DashboardViews.LateOrders;
import com.threadline.analytics.DashboardViews.Option;
import com.threadline.analytics.DashboardViews.Options;
import com.threadline.analytics.DashboardViews.Orders;
import com.threadline.analytics.DashboardViews.Period;
import com.threadline.analytics.DashboardViews.StageCount;
import com.threadline.analytics.DashboardViews.Week;
import com.threadline.partner.FactoryRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The GM's dashboard: one answer per chart, each filtered by customer (name), factory (code), merchandiser (login)
 * and period ({@code from}/{@code to}, default the last 26 weeks), and the orders behind any of its figures.
 */
@RestController
@RequestMapping("/api/dashboard")
class DashboardController {

    private final DashboardFilters filters;
    private final DashboardQueries queries;
    private final DashboardOrders orders;
    private final DashboardRisk risk;
    private final FactoryRepository factories;
    private final DisplayNames displayNames;
    private final JdbcTemplate jdbc;

    DashboardController(DashboardFilters filters, DashboardQueries queries, DashboardOrders orders, DashboardRisk risk,
            FactoryRepository factories, DisplayNames displayNames, JdbcTemplate jdbc) {
        this.filters = filters;
        this.queries = queries;
        this.orders = orders;
        this.risk = risk;
        this.factories = factories;
        this.displayNames = displayNames;
        this.jdbc = jdbc;
    }

    /** The dashboard's selection as query parameters. */
    record Selection(String customer, String factory, String merchandiser,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    }

    private DashboardFilter filter(Selection s) {
        return filters.of(s.customer(), s.factory(), s.merchandiser(), s.from(), s.to());
    }

    @GetMapping("/delivery")
    Delivery delivery(@ModelAttribute Selection selection) {
        return queries.delivery(filter(selection));
    }

    @GetMapping("/stages")
    List<StageCount> stages(@ModelAttribute Selection selection) {
        return queries.stages(filter(selection));
    }

    @GetMapping("/late")
    LateOrders late(@ModelAttribute Selection selection) {
        return queries.late(filter(selection));
    }

    @GetMapping("/exceptions")
    List<GradeTimes> exceptions(@ModelAttribute Selection selection) {
        return queries.exceptions(filter(selection));
    }

    @GetMapping("/cycle")
    CycleTime cycle(@ModelAttribute Selection selection) {
        return queries.cycle(filter(selection));
    }

    @GetMapping("/weeks")
    List<Week> weeks(@ModelAttribute Selection selection) {
        return queries.weeks(filter(selection));
    }

    /** The delivery-risk forecast of the selected open orders (the period does not apply: they are open now). */
    @GetMapping("/risk")
    DashboardRisk.Risk risk(@ModelAttribute Selection selection) {
        return risk.of(filter(selection));
    }

    @GetMapping("/orders")
    Orders orders(@ModelAttribute Selection selection, @RequestParam(required = false) String figure,
            @RequestParam(required = false) String key, @RequestParam(required = false) String series) {
        return orders.behind(filter(selection), figure, key, series);
    }

    /** What the filters offer: every customer, factory and merchandiser of an order, and the default period. */
    @GetMapping("/options")
    Options options() {
        DashboardFilter defaults = filters.of(null, null, null, null, null);
        List<String> logins = jdbc.queryForList("select distinct merchandiser from orders order by merchandiser",
                String.class);
        Map<String, String> names = displayNames.of(logins);
        return new Options(
                jdbc.queryForList("select name from customer order by name", String.class).stream()
                        .map(name -> new Option(name, name)).toList(),
                factories.findAllByOrderByCode().stream().map(f -> new Option(f.getCode(), f.getName())).toList(),
                logins.stream().map(login -> new Option(login, names.getOrDefault(login, login))).toList(),
                new Period(defaults.from(), defaults.to()));
    }
}
