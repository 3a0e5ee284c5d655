package com.threadline.access;

import java.util.Arrays;
import org.camunda.bpm.engine.authorization.Groups;

/**
 * What a user may do. The id is the BPMN candidate group and the Camunda group of the role, except for the
 * administrator, who is a member of Camunda's own administrators group.
 */
public enum Role {

    GM("gm", "总经理 GM"),
    BUSINESS_OWNER("businessOwner", "业务负责人 Business owner"),
    MERCHANDISER("merchandiser", "跟单员 Merchandiser"),
    PURCHASER("purchaser", "采购 Purchaser"),
    PLANNER("planner", "生产计划员 Planner"),
    TECH("tech", "技术部 Tech"),
    QC("qc", "质检 QC"),
    FINANCE("finance", "财务 Finance"),
    ADMIN("admin", "系统管理员 Administrator"),
    FACTORY("factory", "加工厂 Factory"),
    SUPPLIER("supplier", "供应商 Supplier");

    private final String id;
    private final String label;

    Role(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The Chinese name alone (the label's first word), for texts that are Chinese only. */
    public String nameZh() {
        return label.substring(0, label.indexOf(' '));
    }

    public String camundaGroup() {
        return this == ADMIN ? Groups.CAMUNDA_ADMIN : id;
    }

    /** Our own staff, as opposed to a factory's or a supplier's people. */
    public boolean isInternal() {
        return this != FACTORY && this != SUPPLIER;
    }

    /** The Spring Security authority of the role, as {@code hasRole(id)} expects it. */
    public String authority() {
        return "ROLE_" + id;
    }

    public static Role ofId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no role " + id));
    }

    public static String[] internalIds() {
        return Arrays.stream(values()).filter(Role::isInternal).map(Role::id).toArray(String[]::new);
    }
}
