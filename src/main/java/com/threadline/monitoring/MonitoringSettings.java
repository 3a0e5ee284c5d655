package com.threadline.monitoring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The monitors' thresholds (SPEC "Monitoring rules"); every one is configuration. */
@ConfigurationProperties("threadline.monitoring")
public record MonitoringSettings(
        @DefaultValue("0") int deliveryDelayDays,
        @DefaultValue("1") int materialDelayDays,
        @DefaultValue("48h") Duration designChangeWindow,
        @DefaultValue("24h") Duration logisticsDeviation,
        @DefaultValue("0.10") double capacityShortfall,
        @DefaultValue("2") int capacityDaysRunning,
        @DefaultValue("7") int notStartedWithinDays) {
}
