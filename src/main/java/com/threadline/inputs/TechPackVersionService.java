package com.threadline.inputs;

import com.threadline.inputs.InputViews.TechPackVersionView;
import com.threadline.order.Order;
import com.threadline.web.ConflictException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Tech-pack versions per order, which the design-change monitor holds against the production start. */
@Service
@Validated
public class TechPackVersionService {

    private final OrderInputs inputs;
    private final TechPackVersionRepository versions;

    TechPackVersionService(OrderInputs inputs, TechPackVersionRepository versions) {
        this.inputs = inputs;
        this.versions = versions;
    }

    /** Records a new version; a version the order already has (ignoring case) is a conflict. */
    @Transactional
    public TechPackVersionView record(String orderNo, @Valid @NotNull TechPackChange change) {
        Order order = inputs.openOrder(orderNo);
        String version = change.version().strip();
        Instant changedAt = change.changedAt() == null ? inputs.now()
                : change.changedAt().toInstant().truncatedTo(ChronoUnit.SECONDS);
        inputs.checks(order)
                .notInFuture("changedAt", changedAt)
                .plausible("changedAt", changedAt)
                .throwIfAny();
        if (versions.existsByOrderIdAndVersionIgnoreCase(order.getId(), version)) {
            throw new ConflictException("Order " + orderNo + " already has tech-pack version " + version);
        }

        TechPackVersion saved = versions.save(new TechPackVersion(order.getId(), version, changedAt,
                OrderInputs.text(change.summary()), inputs.origin(change.reportedBy(), change.source())));
        inputs.received(order, InputKind.TECH_PACK_VERSION);
        return TechPackVersionView.of(saved);
    }

    /** Every version, the earliest change first. */
    @Transactional(readOnly = true)
    public List<TechPackVersionView> versions(String orderNo) {
        Order order = inputs.order(orderNo);
        return versions.findByOrderIdOrderByChangedAtAscIdAsc(order.getId()).stream()
                .map(TechPackVersionView::of)
                .toList();
    }
}
