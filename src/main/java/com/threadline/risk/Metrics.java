package com.threadline.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** Accuracy of probabilities against what happened: ranking (AUC) and calibration (reliability by decile). */
final class Metrics {

    private Metrics() {
    }

    /** The chance that a late order scores above an on-time one (ties count half): Mann-Whitney on mid-ranks. */
    static double auc(double[] p, boolean[] late) {
        Integer[] order = IntStream.range(0, p.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        double rankSumLate = 0;
        long lateCount = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && p[order[j + 1]] == p[order[i]]) {
                j++;
            }
            double midRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (late[order[k]]) {
                    rankSumLate += midRank;
                    lateCount++;
                }
            }
            i = j + 1;
        }
        long onTime = p.length - lateCount;
        return (rankSumLate - lateCount * (lateCount + 1) / 2.0) / ((double) lateCount * onTime);
    }

    /** Orders sorted by predicted probability, cut into ten groups of (nearly) equal size. */
    static List<RiskTrainer.Decile> reliability(double[] p, boolean[] late) {
        Integer[] order = IntStream.range(0, p.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        List<RiskTrainer.Decile> deciles = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            int from = d * p.length / 10;
            int to = (d + 1) * p.length / 10;
            if (to > from) {
                double predicted = 0;
                int observed = 0;
                for (int k = from; k < to; k++) {
                    predicted += p[order[k]];
                    observed += late[order[k]] ? 1 : 0;
                }
                deciles.add(new RiskTrainer.Decile(d + 1, to - from, predicted / (to - from),
                        observed / (double) (to - from)));
            }
        }
        return deciles;
    }
}
