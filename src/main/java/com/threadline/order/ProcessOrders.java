package com.threadline.order;

/** The order a process step works on (OrderRepository's fragment). */
public interface ProcessOrders {

    /**
     * The order by its number, from the running transaction when it is already loaded there: no query, so no flush
     * before one. An order's start checks run in the transaction that opened it and looked it up six times. By its
     * natural id, so without the caller's row scope: for the engine's delegates, which work on the order of their
     * own process.
     */
    Order forProcess(String orderNo);
}
