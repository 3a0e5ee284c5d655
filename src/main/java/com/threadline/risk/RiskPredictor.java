package com.threadline.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * A trained model at work: the probability of missing the due date for each row, and the reasons behind it, from
 * each feature's contribution to that order's score (XGBoost's SHAP values, in log-odds).
 */
final class RiskPredictor {

    /** How many reasons an order shows at most. */
    static final int TOP_REASONS = 3;
    /** Contributions smaller than this (log-odds) are no reason worth telling. */
    private static final float NOTEWORTHY = 0.05f;

    record Reason(RiskFeature feature, String text, double weight) {
    }

    record Prediction(double probability, List<Reason> reasons) {
    }

    private final Booster booster;

    RiskPredictor(Booster booster) {
        this.booster = booster;
    }

    static RiskPredictor of(byte[] model) {
        try {
            return new RiskPredictor(XGBoost.loadModel(model));
        } catch (XGBoostError | java.io.IOException e) {
            throw new IllegalStateException("The stored risk model cannot be read", e);
        }
    }

    /** One booster predicts for one caller at a time: the native side shares its buffers. */
    synchronized List<Prediction> predict(List<FeatureRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        try {
            DMatrix matrix = matrix(rows);
            try {
                float[][] probabilities = booster.predict(matrix);
                float[][] contributions = booster.predictContrib(matrix, 0);
                List<Prediction> predictions = new ArrayList<>(rows.size());
                for (int i = 0; i < rows.size(); i++) {
                    predictions.add(new Prediction(probabilities[i][0], reasons(rows.get(i), contributions[i])));
                }
                return predictions;
            } finally {
                matrix.dispose();
            }
        } catch (XGBoostError e) {
            throw new IllegalStateException("Scoring with the risk model failed", e);
        }
    }

    /** Mean absolute contribution of each feature over these rows: what the model leans on overall. */
    synchronized double[] meanContributions(List<FeatureRow> rows) {
        double[] sums = new double[FeatureRow.WIDTH];
        try {
            DMatrix matrix = matrix(rows);
            try {
                for (float[] contributions : booster.predictContrib(matrix, 0)) {
                    for (int f = 0; f < FeatureRow.WIDTH; f++) {
                        sums[f] += Math.abs(contributions[f]);
                    }
                }
            } finally {
                matrix.dispose();
            }
        } catch (XGBoostError e) {
            throw new IllegalStateException("Explaining the risk model failed", e);
        }
        for (int f = 0; f < sums.length; f++) {
            sums[f] /= Math.max(1, rows.size());
        }
        return sums;
    }

    static DMatrix matrix(List<FeatureRow> rows) throws XGBoostError {
        float[] flat = new float[rows.size() * FeatureRow.WIDTH];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i).values(), 0, flat, i * FeatureRow.WIDTH, FeatureRow.WIDTH);
        }
        return new DMatrix(flat, rows.size(), FeatureRow.WIDTH, Float.NaN);
    }

    private static List<Reason> reasons(FeatureRow row, float[] contributions) {
        List<Reason> reasons = new ArrayList<>();
        for (RiskFeature feature : RiskFeature.values()) {
            float weight = contributions[feature.ordinal()];
            if (weight > NOTEWORTHY) {
                Optional<String> text = feature.reason(row);
                text.ifPresent(t -> reasons.add(new Reason(feature, t, weight)));
            }
        }
        reasons.sort(Comparator.comparingDouble(Reason::weight).reversed());
        return reasons.size() > TOP_REASONS ? List.copyOf(reasons.subList(0, TOP_REASONS)) : reasons;
    }
}
