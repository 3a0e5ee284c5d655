package com.threadline.exception;

/** What the monitors watch for (SPEC "Monitoring rules"). */
public enum ExceptionType {
    DELIVERY_DELAY("交期延误"),
    MATERIAL_DELAY("面辅料延误"),
    DESIGN_CHANGE("设计变更"),
    LOGISTICS_DEVIATION("物流偏差"),
    CAPACITY_SHORTFALL("产能不足"),
    PRODUCTION_NOT_STARTED("未按时开产"),
    /** Not a rule: the delivery-risk forecast's probability of missing the due date is above its threshold. */
    DELIVERY_RISK("交期风险");

    private final String label;

    ExceptionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
