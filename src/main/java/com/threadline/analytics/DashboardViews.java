package com.threadline.analytics;

import java.time.LocalDate;
import java.util.List;

/** What the dashboard's API answers; rates are percentages with one decimal, null when there is nothing to rate. */
final class DashboardViews {

    private DashboardViews() {
    }

    record Period(LocalDate from, LocalDate to) {
    }

    /** On-time delivery of the closed orders in the period, and the forecast of the open ones. */
    record Delivery(Period period, long closed, long closedOnTime, Double onTimeRate, long open, long openOnTime,
            Double forecastOnTimeRate) {
    }

    record StageCount(String stage, long orders, long late) {
    }

    /**
     * One factory, supplier or customer: its closed orders in the period and how many of them were late, its open
     * orders and how many of those the forecast sees late.
     */
    record LateGroup(String key, String name, long closed, long closedLate, long open, long openLate) {
    }

    record LateOrders(List<LateGroup> factories, List<LateGroup> suppliers, List<LateGroup> customers) {
    }

    /**
     * One grade's exceptions detected in the period: how long they took to be confirmed and to get a solution plan,
     * from detection, in minutes (mean and 90th percentile, of those that were), against the grade's deadlines
     * (null: the grade has none), and how many met them.
     */
    record GradeTimes(String priority, long exceptions, long confirmed, Double confirmMeanMinutes,
            Long confirmP90Minutes, Long confirmDeadlineMinutes, long confirmedInTime, long planned,
            Double planMeanMinutes, Long planP90Minutes, Long planDeadlineMinutes, long plannedInTime) {
    }

    /** Days from an order's entry to its delivery (ex-factory), of the closed orders in the period. */
    record CycleTime(long orders, Double meanDays, Long p90Days, List<FactoryCycle> factories) {
    }

    record FactoryCycle(String code, String name, long orders, Double meanDays, Long p90Days) {
    }

    /** One week (from its Monday): closed orders due in it, how many late, and exceptions detected in it. */
    record Week(LocalDate monday, long closed, long late, Double onTimeRate, long exceptions) {
    }

    record Option(String value, String label) {
    }

    record Options(List<Option> customers, List<Option> factories, List<Option> merchandisers, Period defaultPeriod) {
    }

    record OrderRow(String orderNo, String customer, String factoryName, String merchandiser, String status,
            String stage, LocalDate dueDate, LocalDate forecastDeliveryDate, int delayDays) {
    }

    /** The orders behind one figure: the first {@code limit} by due date, and how many there are. */
    record Orders(long total, List<OrderRow> items) {
    }
}
