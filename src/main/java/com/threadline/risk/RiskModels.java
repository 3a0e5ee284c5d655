package com.threadline.risk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The trained models in the database (table risk_model): the newest version is the one that scores. */
@Component
class RiskModels {

    /** A model's particulars, without its bytes. */
    record ModelInfo(int version, Instant trainedAt, String trainedBy, int trainingOrders, int holdoutOrders,
            double lateShare, Double auc, Double brier, Double baseBrier, List<RiskTrainer.Decile> reliability,
            Map<String, Double> importance, long tookMs) {
    }

    private static final String INFO_COLUMNS = "version, trained_at, trained_by, training_orders, holdout_orders, "
            + "late_share, auc, brier, base_brier, reliability, importance, took_ms";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    RiskModels(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Integer> latestVersion() {
        return Optional.ofNullable(jdbc.queryForObject("SELECT MAX(version) FROM risk_model", Integer.class));
    }

    Optional<ModelInfo> latest() {
        return jdbc.query("SELECT " + INFO_COLUMNS + " FROM risk_model ORDER BY version DESC", this::info)
                .stream().findFirst();
    }

    List<ModelInfo> all() {
        return jdbc.query("SELECT " + INFO_COLUMNS + " FROM risk_model ORDER BY version DESC", this::info);
    }

    byte[] model(int version) {
        return jdbc.queryForObject("SELECT model FROM risk_model WHERE version = ?", byte[].class, version);
    }

    ModelInfo save(RiskTrainer.Trained trained, String by, Instant at, long tookMs) {
        int version = latestVersion().orElse(0) + 1;
        RiskTrainer.Accuracy accuracy = trained.accuracy();
        jdbc.update("INSERT INTO risk_model (" + INFO_COLUMNS + ", features, model) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                version, Timestamp.valueOf(at.atOffset(ZoneOffset.UTC).toLocalDateTime()), by,
                trained.trainingOrders(), trained.holdoutOrders(), trained.lateShare(), accuracy.auc(),
                accuracy.brier(), accuracy.baseBrier(), write(accuracy.reliability()), write(trained.importance()),
                tookMs, String.join(",", trained.importance().keySet()), trained.model());
        return latest().orElseThrow();
    }

    private ModelInfo info(ResultSet row, int n) throws SQLException {
        return new ModelInfo(row.getInt("version"),
                row.getTimestamp("trained_at").toLocalDateTime().toInstant(ZoneOffset.UTC),
                row.getString("trained_by"), row.getInt("training_orders"), row.getInt("holdout_orders"),
                row.getDouble("late_share"), nullable(row, "auc"), nullable(row, "brier"),
                nullable(row, "base_brier"),
                read(row.getString("reliability"), new TypeReference<List<RiskTrainer.Decile>>() { }),
                read(row.getString("importance"), new TypeReference<Map<String, Double>>() { }),
                row.getLong("took_ms"));
    }

    private static Double nullable(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored risk model's particulars cannot be read", e);
        }
    }
}
