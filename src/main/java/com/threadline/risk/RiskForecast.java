package com.threadline.risk;

import com.threadline.exception.ExceptionType;
import com.threadline.web.ConflictException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The delivery-risk forecast: scores open orders with the newest model, and learns a new model from the delivered
 * orders (one training at a time). The newest model is kept in memory and read again when another node stored a newer
 * one.
 */
@Service
public class RiskForecast {

    private static final Logger log = LoggerFactory.getLogger(RiskForecast.class);

    private final RiskHistory history;
    private final RiskModels models;
    private final RiskSettings settings;
    private final Clock clock;
    private final AtomicBoolean training = new AtomicBoolean();
    private volatile Loaded loaded;
    private volatile Records records;

    private record Loaded(int version, RiskPredictor predictor) {
    }

    /** Track records change only as orders are delivered: read again at most every {@link #RECORDS_KEPT}. */
    private record Records(FeatureRow.Records records, Instant readAt) {
    }

    static final Duration RECORDS_KEPT = Duration.ofMinutes(5);

    RiskForecast(RiskHistory history, RiskModels models, RiskSettings settings, Clock clock) {
        this.history = history;
        this.models = models;
        this.settings = settings;
        this.clock = clock;
    }

    /** Open orders' risks, the highest first; none while no model is trained. */
    public List<OrderRisk> scoreOpenOrders(Collection<String> scope) {
        Optional<Loaded> model = current();
        if (model.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        long started = System.nanoTime();
        List<OrderFacts> orders = history.openOrders(scope, today);
        if (orders.isEmpty()) {
            return List.of();
        }
        FeatureRow.Records known = trackRecords();
        List<FeatureRow> rows = orders.stream().map(o -> FeatureRow.asOf(o, today, known)).toList();
        long read = System.nanoTime();
        List<RiskPredictor.Prediction> predictions = model.get().predictor().predict(rows);
        if (scope == null) {
            log.info("Scored {} open orders: read in {} ms, predicted with reasons in {} ms", orders.size(),
                    (read - started) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
        }
        List<OrderRisk> risks = new ArrayList<>(orders.size());
        for (int i = 0; i < orders.size(); i++) {
            OrderFacts order = orders.get(i);
            RiskPredictor.Prediction prediction = predictions.get(i);
            boolean ruleFired = order.exceptions.stream()
                    .anyMatch(e -> ExceptionType.DELIVERY_DELAY.name().equals(e.type()));
            risks.add(new OrderRisk(order.id, order.orderNo, order.factoryCode, order.factoryName, order.dueDate,
                    order.planStage, prediction.probability(),
                    prediction.reasons().stream().map(RiskPredictor.Reason::text).toList(), ruleFired,
                    model.get().version()));
        }
        risks.sort(Comparator.comparingDouble(OrderRisk::probability).reversed());
        return risks;
    }

    /** Whether a model has been learnt, so that open orders get a forecast. */
    public boolean trained() {
        return model().isPresent();
    }

    public double threshold() {
        return settings.threshold();
    }

    /**
     * Learns a new model from all delivered orders and makes it the one that scores.
     *
     * @throws ConflictException while another training runs, or when history is too thin to learn from
     */
    RiskModels.ModelInfo retrain(String by) {
        if (!training.compareAndSet(false, true)) {
            throw new ConflictException("模型正在训练中，请稍后再试");
        }
        try {
            Instant started = clock.instant();
            List<OrderFacts> delivered = history.deliveredOrders();
            FeatureRow.Records known = history.trackRecords();
            records = new Records(known, started);
            List<RiskTrainer.Example> examples = RiskTrainer.examples(delivered, known);
            if (examples.size() < settings.minOrders() || !RiskTrainer.bothOutcomes(examples)) {
                throw new ConflictException("已交货订单不足（" + examples.size() + " 个，至少需要 " + settings.minOrders()
                        + " 个，且须既有按期也有延误），暂无法训练");
            }
            RiskTrainer.Trained trained = RiskTrainer.train(examples, settings.holdoutShare());
            long took = Duration.between(started, clock.instant()).toMillis();
            RiskModels.ModelInfo saved = models.save(trained, by, clock.instant(), took);
            loaded = new Loaded(saved.version(), trained.predictor());
            log.info("Risk model v{} trained by {} on {} delivered orders in {} ms (hold-out AUC {})",
                    saved.version(), by, examples.size(), took, saved.auc());
            return saved;
        } finally {
            training.set(false);
        }
    }

    Optional<RiskModels.ModelInfo> model() {
        return models.latest();
    }

    List<RiskModels.ModelInfo> models() {
        return models.all();
    }

    boolean training() {
        return training.get();
    }

    private FeatureRow.Records trackRecords() {
        Records kept = records;
        Instant now = clock.instant();
        if (kept == null || kept.readAt().plus(RECORDS_KEPT).isBefore(now)) {
            kept = new Records(history.trackRecords(), now);
            records = kept;
        }
        return kept.records();
    }

    private Optional<Loaded> current() {
        Optional<Integer> newest = models.latestVersion();
        if (newest.isEmpty()) {
            loaded = null;
            return Optional.empty();
        }
        Loaded now = loaded;
        if (now == null || now.version() != newest.get()) {
            now = new Loaded(newest.get(), RiskPredictor.of(models.model(newest.get())));
            loaded = now;
        }
        return Optional.of(now);
    }
}
