package com.threadline.analytics;

import com.threadline.risk.OrderRisk;
import com.threadline.risk.RiskForecast;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The delivery-risk forecast of the dashboard's open orders: how many are at risk, and the riskiest of them. */
@Component
class DashboardRisk {

    static final int SHOWN = 5;

    /** {@code trained} false while no model has been learnt; {@code probability} 0..1. */
    record Risk(boolean trained, double threshold, int scored, int high, List<RiskyOrder> riskiest) {
    }

    record RiskyOrder(String orderNo, String factory, double probability, String reason) {
    }

    private final JdbcTemplate jdbc;
    private final RiskForecast forecast;

    DashboardRisk(JdbcTemplate jdbc, RiskForecast forecast) {
        this.jdbc = jdbc;
        this.forecast = forecast;
    }

    Risk of(DashboardFilter filter) {
        DashboardFilter.Sql open = filter.open();
        List<String> orderNos = jdbc.queryForList("select o.order_no from orders o where 1 = 1" + open.where(),
                String.class, open.array());
        boolean trained = forecast.trained();
        List<OrderRisk> risks = orderNos.isEmpty() ? List.of() : forecast.scoreOpenOrders(orderNos);
        double threshold = forecast.threshold();
        int high = (int) risks.stream().filter(r -> r.probability() >= threshold).count();
        return new Risk(trained, threshold, risks.size(), high, risks.stream().limit(SHOWN)
                .map(r -> new RiskyOrder(r.orderNo(), r.factoryName(), Math.round(r.probability() * 1000) / 1000.0,
                        r.reasons().isEmpty() ? null : r.reasons().get(0)))
                .toList());
    }
}
