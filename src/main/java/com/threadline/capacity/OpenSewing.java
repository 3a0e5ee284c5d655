package com.threadline.capacity;

import java.time.LocalDate;

/**
 * An open order's sewing as its plan has it: {@code quantity} pieces, {@code sewn} of them reported sewn, from the
 * sewing start to the sewing end (forecast dates: a plan that slipped is loaded where it now stands).
 */
public record OpenSewing(String orderNo, long factoryId, String customer, String merchandiser, int quantity,
        int sewn, LocalDate start, LocalDate end, LocalDate dueDate) {

    public int remaining() {
        return Math.max(0, quantity - sewn);
    }
}
