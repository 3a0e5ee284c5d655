package com.threadline.approval;

/** What a requested change is about; each kind reads its own {@code newValue}. */
public enum ChangeKind {

    /** newValue: the changed fabric purchase in words (quality, quantity, supplier). */
    FABRIC_PURCHASE_CHANGE("面料采购变更"),
    /** newValue: the new delivery date, yyyy-MM-dd. */
    DELIVERY_DATE_CHANGE("交期变更"),
    /** newValue: what the cost is for. */
    EXTRA_COST("额外费用"),
    /** newValue: the new quantity, a whole number of pieces; amount: what the change costs. */
    QUANTITY_CHANGE("数量变更");

    private final String label;

    ChangeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
