package com.threadline.risk;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The browser scenario delivery-risk's data: the known-signal history to train on, and no model left behind. */
@Component
public class RiskScenarioData {

    private final KnownSignalHistory history;
    private final JdbcTemplate jdbc;

    RiskScenarioData(KnownSignalHistory history, JdbcTemplate jdbc) {
        this.history = history;
        this.jdbc = jdbc;
    }

    public void prepare() {
        history.ensure();
    }

    /** Other tests' orders must not meet the scenario's model in their monitor passes. */
    public void cleanUp() {
        jdbc.update("DELETE FROM risk_model");
    }
}
