package com.threadline.risk;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Learns the probability of missing the due date from delivered orders. Each delivered order is read as of a cut-off
 * somewhere between its plan's start and the day before its due date (or its delivery, if earlier), fixed by its id,
 * so the examples look like the open orders the model will score: some just begun, some nearly done. Accuracy is
 * measured on the newest delivered orders after learning from the older ones only (a time-ordered hold-out); the model
 * kept is then learned from all of them.
 */
final class RiskTrainer {

    static final int ROUNDS = 150;

    record Decile(int decile, int orders, double predicted, double observed) {
    }

    record Accuracy(Double auc, Double brier, Double baseBrier, List<Decile> reliability) {
    }

    record Trained(RiskPredictor predictor, byte[] model, int trainingOrders, int holdoutOrders, double lateShare,
            Accuracy accuracy, Map<String, Double> importance) {
    }

    record Example(FeatureRow row, boolean late, LocalDate deliveredOn, long id) {
    }

    private RiskTrainer() {
    }

    static List<Example> examples(List<OrderFacts> delivered, FeatureRow.Records records) {
        List<Example> examples = new ArrayList<>(delivered.size());
        for (OrderFacts order : delivered) {
            examples.add(new Example(FeatureRow.asOf(order, cutOff(order), records), order.late(), order.deliveredOn,
                    order.id));
        }
        examples.sort(Comparator.comparing(Example::deliveredOn).thenComparingLong(Example::id));
        return examples;
    }

    /** A day the order was still open and before its due date, spread over its life by its id. */
    static LocalDate cutOff(OrderFacts order) {
        LocalDate start = order.start();
        LocalDate end = (order.deliveredOn.isBefore(order.dueDate) ? order.deliveredOn : order.dueDate).minusDays(1);
        long span = ChronoUnit.DAYS.between(start, end);
        if (span <= 0) {
            return start;
        }
        double along = 0.1 + 0.85 * new SplittableRandom(order.id * 0x9E3779B97F4A7C15L).nextDouble();
        return start.plusDays((long) Math.floor(along * span));
    }

    /** @param examples in the order they were delivered; the newest {@code holdoutShare} measure the accuracy */
    static Trained train(List<Example> examples, double holdoutShare) {
        int holdout = (int) Math.round(examples.size() * holdoutShare);
        List<Example> older = examples.subList(0, examples.size() - holdout);
        List<Example> newest = examples.subList(examples.size() - holdout, examples.size());
        Accuracy accuracy = new Accuracy(null, null, null, List.of());
        if (!newest.isEmpty() && bothOutcomes(older)) {
            RiskPredictor tried = new RiskPredictor(fit(older));
            accuracy = measure(tried, newest, lateShare(older));
        }
        Booster booster = fit(examples);
        RiskPredictor predictor = new RiskPredictor(booster);
        double[] importance = predictor.meanContributions(examples.stream().map(Example::row).toList());
        Map<String, Double> byFeature = new LinkedHashMap<>();
        for (RiskFeature feature : RiskFeature.values()) {
            byFeature.put(feature.name(), importance[feature.ordinal()]);
        }
        try {
            return new Trained(predictor, booster.toByteArray("ubj"), older.size(), newest.size(),
                    lateShare(examples), accuracy, byFeature);
        } catch (XGBoostError e) {
            throw new IllegalStateException("The risk model cannot be saved", e);
        }
    }

    static boolean bothOutcomes(List<Example> examples) {
        return examples.stream().anyMatch(Example::late) && examples.stream().anyMatch(e -> !e.late());
    }

    private static double lateShare(List<Example> examples) {
        return examples.stream().filter(Example::late).count() / (double) Math.max(1, examples.size());
    }

    private static Booster fit(List<Example> examples) {
        Map<String, Object> params = new HashMap<>();
        params.put("objective", "binary:logistic");
        params.put("eta", 0.1);
        params.put("max_depth", 4);
        params.put("min_child_weight", 3);
        params.put("subsample", 0.9);
        params.put("nthread", 2);
        params.put("seed", 7);
        params.put("verbosity", 0);
        float[] labels = new float[examples.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = examples.get(i).late() ? 1f : 0f;
        }
        try {
            DMatrix matrix = RiskPredictor.matrix(examples.stream().map(Example::row).toList());
            try {
                matrix.setLabel(labels);
                return XGBoost.train(matrix, params, ROUNDS, Map.of(), null, null);
            } finally {
                matrix.dispose();
            }
        } catch (XGBoostError e) {
            throw new IllegalStateException("Training the risk model failed", e);
        }
    }

    private static Accuracy measure(RiskPredictor predictor, List<Example> holdout, double baseRate) {
        List<RiskPredictor.Prediction> predictions = predictor.predict(holdout.stream().map(Example::row).toList());
        double[] p = new double[holdout.size()];
        boolean[] late = new boolean[holdout.size()];
        double brier = 0;
        double baseBrier = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = predictions.get(i).probability();
            late[i] = holdout.get(i).late();
            double y = late[i] ? 1 : 0;
            brier += (p[i] - y) * (p[i] - y);
            baseBrier += (baseRate - y) * (baseRate - y);
        }
        return new Accuracy(bothOutcomes(holdout) ? Metrics.auc(p, late) : null, brier / p.length,
                baseBrier / p.length, Metrics.reliability(p, late));
    }
}
