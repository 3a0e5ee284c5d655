package com.threadline.analytics;

import java.util.Map;
import java.util.TreeMap;

/**
 * How many times each whole value (minutes, days) occurred, as the database counted them; its 90th percentile by
 * nearest rank: the smallest value that at least 90% of the counted reach or stay below (ceil(0.9 × n)-th smallest).
 */
final class Histogram {

    private final TreeMap<Long, Long> counts = new TreeMap<>();
    private long total;

    void add(long value, long count) {
        counts.merge(value, count, Long::sum);
        total += count;
    }

    long total() {
        return total;
    }

    /** Null when nothing was counted. */
    Long percentile(int percent) {
        if (total == 0) {
            return null;
        }
        long rank = (total * percent + 99) / 100;
        long seen = 0;
        for (Map.Entry<Long, Long> entry : counts.entrySet()) {
            seen += entry.getValue();
            if (seen >= rank) {
                return entry.getKey();
            }
        }
        return counts.lastKey();
    }
}
