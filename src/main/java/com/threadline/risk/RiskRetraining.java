package com.threadline.risk;

import com.threadline.web.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When the model learns again by itself: every night (threadline.risk.retrain-cron, in the company's time zone), and
 * once at start-up when no model exists yet (the demo's history is there by then: the demo data is made before the
 * application is ready).
 */
@Component
class RiskRetraining {

    private static final Logger log = LoggerFactory.getLogger(RiskRetraining.class);
    static final String SCHEDULE = "定时任务";
    static final String FIRST_START = "首次启动";

    private final RiskForecast forecast;
    private final RiskSettings settings;

    RiskRetraining(RiskForecast forecast, RiskSettings settings) {
        this.forecast = forecast;
        this.settings = settings;
    }

    @Scheduled(cron = "${threadline.risk.retrain-cron:0 30 2 * * *}", zone = "${threadline.time-zone:Asia/Shanghai}")
    void nightly() {
        retrain(SCHEDULE);
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        if (settings.trainAtStart() && forecast.model().isEmpty()) {
            Thread thread = new Thread(() -> retrain(FIRST_START), "risk-first-training");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private void retrain(String by) {
        try {
            forecast.retrain(by);
        } catch (ConflictException e) {
            log.info("Risk model not trained: {}", e.getMessage());
        }
    }
}
