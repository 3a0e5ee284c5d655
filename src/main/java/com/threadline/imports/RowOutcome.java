package com.threadline.imports;

/** What happened to one record. */
public enum RowOutcome {
    INSERTED("新增"),
    UPDATED("更新"),
    UNCHANGED("无变化"),
    FAILED("失败");

    private final String label;

    RowOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
