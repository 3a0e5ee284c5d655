package com.threadline.diagnosis;

import java.time.Instant;
import java.util.List;

/**
 * An input someone sent about the order (a supplier's shipment, a factory's output, a forwarder's booking, a tech
 * pack version): who ({@code who}, a display name), for which party ({@code party}, e.g. "供应商 绍兴柯桥纺织"),
 * when, what it said, and the milestones it speaks to (codes, or prefixes ending in "_" such as "FABRIC_"). Without
 * {@code at} it is a standing fact rather than a message (a material line's dates as its supplier last gave them).
 */
public record Report(Instant at, String kind, String who, String party, String summary, List<String> steps) {

    public Report {
        steps = List.copyOf(steps);
    }

    boolean concerns(String code) {
        return steps.stream().anyMatch(s -> s.endsWith("_") ? code.startsWith(s) : code.equals(s));
    }
}
