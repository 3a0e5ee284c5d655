package com.threadline.inputs;

/** What a forwarder or the shipping merchandiser reports: 订舱, 开船, 到港, 签收/到货. */
public enum LogisticsEventKind {
    BOOKING("订舱"),
    ETD("开船"),
    ETA("到港"),
    ARRIVAL("到货");

    private final String label;

    LogisticsEventKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
