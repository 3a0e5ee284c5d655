package com.threadline.risk;

import com.threadline.exception.ExceptionType;
import com.threadline.partner.MaterialKind;
import com.threadline.risk.OrderFacts.ExceptionFact;
import com.threadline.risk.OrderFacts.MaterialFact;
import com.threadline.risk.OrderFacts.MilestoneFact;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One order's features as of one day, with the names its reasons mention. A closed order is read as of a cut-off in
 * its life by the very same rules as an open one as of today: a milestone planned before that day counts late by its
 * actual date when it had happened by then, else by that day; records count only what had happened before it.
 */
record FeatureRow(float[] values, String factoryName, String productType, String supplierName, int dueMonth,
        float[] usual) {

    static final int WIDTH = RiskFeature.values().length;

    /** The risk exception is the forecast's own doing: it must not feed the forecast. */
    static final String OWN_EXCEPTION_TYPE = ExceptionType.DELIVERY_RISK.name();

    /** How much worse than the usual share late a track record must be to count as a reason. */
    private static final float NOTABLY_WORSE = 0.05f;

    float value(RiskFeature feature) {
        return values[feature.ordinal()];
    }

    /** Whether this track record is notably worse than the usual one (the late share over all). */
    boolean aboveUsual(RiskFeature record) {
        return values[record.ordinal()] > usual[record.ordinal()] + NOTABLY_WORSE;
    }

    static FeatureRow asOf(OrderFacts order, LocalDate day, Records records) {
        float[] values = new float[WIDTH];
        float[] usual = new float[WIDTH];
        usual[RiskFeature.FACTORY_RECORD.ordinal()] = (float) records.factories().overall();
        usual[RiskFeature.PRODUCT_TYPE_RECORD.ordinal()] = (float) records.productTypes().overall();
        usual[RiskFeature.SUPPLIER_RECORD.ordinal()] = (float) records.suppliers().overall();
        usual[RiskFeature.MONTH_RECORD.ordinal()] = (float) records.months().overall();
        values[RiskFeature.FACTORY_RECORD.ordinal()] = (float) records.factories().asOf(order.factoryCode, day).late();
        values[RiskFeature.PRODUCT_TYPE_RECORD.ordinal()] =
                (float) records.productTypes().asOf(order.productType, day).late();
        values[RiskFeature.PLAN_KEPT_PERCENT.ordinal()] = order.planKeptPercent;
        values[RiskFeature.DAYS_TO_DUE.ordinal()] = ChronoUnit.DAYS.between(day, order.dueDate);
        for (MilestoneFact milestone : order.milestones) {
            if (milestone.planned().isBefore(day)) {
                LocalDate happened = milestone.actual() != null && !milestone.actual().isAfter(day)
                        ? milestone.actual() : day;
                int slot = switch (milestone.stage()) {
                    case DESIGN -> RiskFeature.DESIGN_SLIP.ordinal();
                    case MATERIALS -> RiskFeature.MATERIALS_SLIP.ordinal();
                    case PRODUCTION -> RiskFeature.PRODUCTION_SLIP.ordinal();
                    case QC -> RiskFeature.QC_SLIP.ordinal();
                    case LOGISTICS -> RiskFeature.LOGISTICS_SLIP.ordinal();
                };
                values[slot] = Math.max(values[slot], ChronoUnit.DAYS.between(milestone.planned(), happened));
            }
        }
        double worstSupplier = -1;
        String supplierName = null;
        for (MaterialFact line : order.materials) {
            if (line.neededBy() != null && line.neededBy().isBefore(day)) {
                LocalDate inHouse = line.arrival() != null && !line.arrival().isAfter(day) ? line.arrival() : day;
                int slot = line.kind() == MaterialKind.FABRIC ? RiskFeature.FABRIC_LATE_DAYS.ordinal()
                        : RiskFeature.TRIMS_LATE_DAYS.ordinal();
                values[slot] = Math.max(values[slot], ChronoUnit.DAYS.between(line.neededBy(), inHouse));
            }
            double share = records.suppliers().asOf(String.valueOf(line.supplierId()), day).late();
            if (share > worstSupplier) {
                worstSupplier = share;
                supplierName = line.supplierName();
            }
        }
        values[RiskFeature.SUPPLIER_RECORD.ordinal()] = worstSupplier < 0
                ? (float) records.suppliers().asOf("", day).late() : (float) worstSupplier;
        int open = 0;
        for (ExceptionFact exception : order.exceptions) {
            if (!OWN_EXCEPTION_TYPE.equals(exception.type()) && !exception.detected().isAfter(day)
                    && (exception.closed() == null || exception.closed().isAfter(day))) {
                open++;
            }
        }
        values[RiskFeature.OPEN_EXCEPTIONS.ordinal()] = open;
        values[RiskFeature.MONTH_RECORD.ordinal()] =
                (float) records.months().asOf(monthKey(order.dueDate), day).late();
        return new FeatureRow(values, order.factoryName, order.productTypeName, supplierName,
                order.dueDate.getMonthValue(), usual);
    }

    /** The season: orders due in the same month of the year. */
    static String monthKey(LocalDate due) {
        return "M" + due.getMonthValue();
    }

    /** The track records of factories, product types, suppliers and due months the features read. */
    record Records(TrackRecords factories, TrackRecords productTypes, TrackRecords suppliers, TrackRecords months) {
    }
}
