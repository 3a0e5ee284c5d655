package com.threadline.inputs;

/** What a forwarder or the shipping merchandiser reports: 订舱, 开船, 到港, 签收/到货. */
public enum LogisticsEventKind {
    BOOKING,
    ETD,
    ETA,
    ARRIVAL
}
