package com.threadline.imports;

/** Where a job stands. A job that changed nothing is never a success: it says so. */
public enum ImportStatus {
    UPLOADED("待开始", false),
    RUNNING("导入中", false),
    SUCCESS("成功", true),
    PARTIAL("部分成功", true),
    NOTHING_CHANGED("无变化 nothing changed", true),
    FAILED("失败", true);

    private final String label;
    private final boolean finished;

    ImportStatus(String label, boolean finished) {
        this.label = label;
        this.finished = finished;
    }

    public String label() {
        return label;
    }

    public boolean finished() {
        return finished;
    }

    /** The end state the counts make: a change and no failure is a success; no change at all is never one. */
    static ImportStatus of(ImportCounts counts) {
        boolean changed = counts.inserted() + counts.updated() > 0;
        if (counts.failed() == 0) {
            return changed ? SUCCESS : NOTHING_CHANGED;
        }
        return changed ? PARTIAL : FAILED;
    }
}
