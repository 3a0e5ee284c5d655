package com.threadline.risk;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The delivery-risk forecast's settings. {@code threshold}: the probability of missing the due date above which an
 * order gets a P2 risk exception; {@code retrainCron}: when the nightly retraining runs, in threadline.time-zone;
 * {@code trainAtStart}: train once at start-up when no model exists yet (the demo); {@code minOrders}: the fewest
 * closed orders worth learning from; {@code holdoutShare}: the newest share of closed orders the accuracy is measured on.
 */
@ConfigurationProperties("threadline.risk")
public record RiskSettings(
        @DefaultValue("0.6") double threshold,
        @DefaultValue("0 30 2 * * *") String retrainCron,
        @DefaultValue("true") boolean trainAtStart,
        @DefaultValue("40") int minOrders,
        @DefaultValue("0.2") double holdoutShare) {
}
