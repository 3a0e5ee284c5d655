package com.threadline.imports;

/** What a row's key decides: insert only new records, update only existing ones, or either. */
public enum ImportMode {
    INSERT("仅新增"),
    UPDATE("仅更新"),
    UPSERT("新增或更新");

    private final String label;

    ImportMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
