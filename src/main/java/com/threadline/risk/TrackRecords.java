package com.threadline.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How often something went late before a given day: a factory's or a product type's delivered orders, a
 * supplier's arrived material lines. Read as of a day, so a closed order in training sees only the record its
 * factory had then. Shares are pulled towards the overall share by a few pseudo-events, so that a partner with two
 * orders behind it is not called late for one of them.
 */
final class TrackRecords {

    /** One outcome: on that day something went late or not. */
    record Outcome(String key, LocalDate on, boolean late) {
    }

    /** A share of late events with the number of events behind it. */
    record Share(double late, int events) {
    }

    private static final double PSEUDO_EVENTS = 5;

    private final Map<String, LocalDate[]> days = new HashMap<>();
    private final Map<String, int[]> lateSoFar = new HashMap<>();
    private final double overall;

    TrackRecords(List<Outcome> outcomes) {
        Map<String, List<Outcome>> byKey = new HashMap<>();
        int late = 0;
        for (Outcome outcome : outcomes) {
            byKey.computeIfAbsent(outcome.key(), k -> new ArrayList<>()).add(outcome);
            late += outcome.late() ? 1 : 0;
        }
        this.overall = outcomes.isEmpty() ? 0.2 : (double) late / outcomes.size();
        byKey.forEach((key, list) -> {
            list.sort((a, b) -> a.on().compareTo(b.on()));
            LocalDate[] on = new LocalDate[list.size()];
            int[] cumulative = new int[list.size() + 1];
            for (int i = 0; i < list.size(); i++) {
                on[i] = list.get(i).on();
                cumulative[i + 1] = cumulative[i] + (list.get(i).late() ? 1 : 0);
            }
            days.put(key, on);
            lateSoFar.put(key, cumulative);
        });
    }

    /** The late share over all keys' events: what a key without a record is taken to have. */
    double overall() {
        return overall;
    }

    /** The key's late share over its events strictly before {@code day}. */
    Share asOf(String key, LocalDate day) {
        LocalDate[] on = days.get(key);
        if (on == null) {
            return new Share(overall, 0);
        }
        int before = eventsBefore(on, day);
        int late = lateSoFar.get(key)[before];
        return new Share((late + overall * PSEUDO_EVENTS) / (before + PSEUDO_EVENTS), before);
    }

    private static int eventsBefore(LocalDate[] on, LocalDate day) {
        int found = java.util.Arrays.binarySearch(on, day);
        if (found < 0) {
            return -found - 1;
        }
        while (found > 0 && on[found - 1].equals(day)) {
            found--;
        }
        return found;
    }
}
