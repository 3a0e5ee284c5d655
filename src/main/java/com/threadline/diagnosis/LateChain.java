package com.threadline.diagnosis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Why an order is late: walking back from the delivery milestone, each late step was pushed by its latest-slipping
 * predecessor, until a step whose predecessors were all on time. That step is the first slip; the links from it to
 * delivery are the chain, each with the days it added itself (a step may lose more days than its predecessor
 * handed on, or win some back).
 */
public final class LateChain {

    /** One step on the chain: how late it was, and how many of those days it added on top of what pushed it. */
    public record Link(Step step, long slipDays, long addedDays) {
    }

    private final List<Link> links;

    private LateChain(List<Link> links) {
        this.links = List.copyOf(links);
    }

    /** The chain of a plan; empty when the delivery milestone is not late (or the plan has none). */
    public static LateChain of(List<Step> steps) {
        Map<String, Step> byCode = steps.stream().collect(Collectors.toMap(Step::code, Function.identity()));
        Optional<Step> delivery = steps.stream().filter(Step::delivery).findFirst();
        if (delivery.isEmpty() || delivery.get().slipDays() <= 0) {
            return new LateChain(List.of());
        }
        List<Link> walked = new ArrayList<>();
        Step current = delivery.get();
        while (current != null) {
            Step pushedBy = latestSlipping(current, byCode);
            long handedOn = pushedBy == null ? 0 : pushedBy.slipDays();
            walked.add(new Link(current, current.slipDays(), Math.max(0, current.slipDays() - handedOn)));
            current = pushedBy;
        }
        Collections.reverse(walked);
        return new LateChain(walked);
    }

    /** The predecessor that slipped most (ties: the one planned later in the plan), or null when none slipped. */
    private static Step latestSlipping(Step step, Map<String, Step> byCode) {
        return step.predecessors().stream().map(byCode::get).filter(p -> p != null && p.slipDays() > 0)
                .max(Comparator.comparingLong(Step::slipDays).thenComparingInt(Step::seq))
                .orElse(null);
    }

    /** From the first slip to delivery. */
    public List<Link> links() {
        return links;
    }

    public boolean late() {
        return !links.isEmpty();
    }

    /** The step where the lateness began, if the order is late. */
    public Optional<Link> firstSlip() {
        return links.stream().findFirst();
    }

    /** The steps that made the order late themselves: those that added days. */
    public List<Link> blamed() {
        return links.stream().filter(link -> link.addedDays() > 0).toList();
    }

    public boolean contains(String code) {
        return links.stream().anyMatch(link -> link.step().code().equals(code));
    }
}
