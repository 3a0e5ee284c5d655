package com.threadline.monitoring;

import com.threadline.exception.ExceptionType;
import com.threadline.exception.Finding;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Watches all open orders for one kind of trouble with set-based queries (never a query per order).
 * {@code scope} limits a scan to some orders (after an input); null scans every open order.
 */
public interface Monitor {

    ExceptionType type();

    List<Finding> scan(LocalDate today, Instant now, Collection<String> scope);
}
