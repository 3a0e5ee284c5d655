package com.threadline.portal;

import com.threadline.partner.MaterialKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes the phone pages read. */
final class PortalViews {

    private PortalViews() {
    }

    /** The next milestones not yet done of an open order, earliest forecast first. */
    record NextMilestones(String orderNo, List<NextMilestone> next) {
    }

    record NextMilestone(String code, String nameZh, LocalDate plannedDate, LocalDate forecastDate, long slipDays) {
    }

    /** A supplier's material line not yet arrived, with its latest stocking progress. */
    record SupplierLine(String orderNo, String style, String factoryName, int lineNo, MaterialKind kind,
            String description, BigDecimal quantity, String unit, LocalDate neededBy, LocalDate poDueDate,
            LocalDate shippedDate, String carrier, String trackingNo, LocalDate eta, Integer readyPercent) {
    }

    record StockingView(String orderNo, int lineNo, int readyPercent, String note, String reportedBy) {
    }
}
