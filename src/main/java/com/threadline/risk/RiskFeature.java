package com.threadline.risk;

import java.util.Optional;

/**
 * What the model reads of an order, in the model's column order, and how each reads as a reason in Chinese. A reason
 * is only told when the order's value bears it out (a fabric 0 days late is no reason, whatever its weight; a track
 * record is a reason only when it is worse than the usual share late, so a month without history never is).
 */
enum RiskFeature {
    FACTORY_RECORD("加工厂历史延误率"),
    PRODUCT_TYPE_RECORD("品类历史延误率"),
    PLAN_KEPT_PERCENT("计划保留模板周期"),
    DAYS_TO_DUE("距交期天数"),
    DESIGN_SLIP("设计阶段已晚天数"),
    MATERIALS_SLIP("面辅料阶段已晚天数"),
    PRODUCTION_SLIP("生产阶段已晚天数"),
    QC_SLIP("质检阶段已晚天数"),
    LOGISTICS_SLIP("物流阶段已晚天数"),
    FABRIC_LATE_DAYS("面料已晚天数"),
    TRIMS_LATE_DAYS("辅料已晚天数"),
    SUPPLIER_RECORD("供应商迟到率"),
    OPEN_EXCEPTIONS("未关闭异常数"),
    MONTH_RECORD("交货月份历史延误率");

    private final String label;

    RiskFeature(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** The reason this value gives, in the words of the people who read it; empty when the value bears none. */
    Optional<String> reason(FeatureRow row) {
        float value = row.value(this);
        int whole = Math.round(value);
        int percent = Math.round(value * 100);
        return Optional.ofNullable(switch (this) {
            case FACTORY_RECORD -> row.aboveUsual(this)
                    ? "加工厂 " + row.factoryName() + " 历史延误多（近来 " + percent + "% 的订单延误）" : null;
            case PRODUCT_TYPE_RECORD -> row.aboveUsual(this)
                    ? "品类 " + row.productType() + " 历史延误多（" + percent + "% 的订单延误）" : null;
            case PLAN_KEPT_PERCENT -> whole < 100 ? "交期紧：计划只保留了模板周期的 " + whole + "%" : null;
            case DAYS_TO_DUE -> whole <= 30 ? "距交期仅剩 " + Math.max(whole, 0) + " 天" : null;
            case DESIGN_SLIP -> whole > 0 ? "设计阶段已晚 " + whole + " 天" : null;
            case MATERIALS_SLIP -> whole > 0 ? "面辅料阶段已晚 " + whole + " 天" : null;
            case PRODUCTION_SLIP -> whole > 0 ? "生产阶段已晚 " + whole + " 天" : null;
            case QC_SLIP -> whole > 0 ? "质检阶段已晚 " + whole + " 天" : null;
            case LOGISTICS_SLIP -> whole > 0 ? "物流阶段已晚 " + whole + " 天" : null;
            case FABRIC_LATE_DAYS -> whole > 0 ? "面料已晚 " + whole + " 天" : null;
            case TRIMS_LATE_DAYS -> whole > 0 ? "辅料已晚 " + whole + " 天" : null;
            case SUPPLIER_RECORD -> row.supplierName() == null || !row.aboveUsual(this) ? null
                    : "供应商 " + row.supplierName() + " 常迟到（" + percent + "% 的批次晚于需用日）";
            case OPEN_EXCEPTIONS -> whole > 0 ? "有 " + whole + " 个未关闭的异常" : null;
            case MONTH_RECORD -> row.aboveUsual(this)
                    ? row.dueMonth() + " 月交货，历来延误多（" + percent + "% 的订单延误）" : null;
        });
    }
}
