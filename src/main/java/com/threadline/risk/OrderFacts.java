package com.threadline.risk;

import com.threadline.partner.MaterialKind;
import com.threadline.plan.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the forecast reads of one order: its plan's milestones, its material lines and its exceptions. An open order
 * is read as of today; a closed one as of a cut-off in its life, so that training sees what prediction will see.
 */
final class OrderFacts {

    record MilestoneFact(Stage stage, LocalDate planned, LocalDate actual) {
    }

    record MaterialFact(MaterialKind kind, long supplierId, String supplierName, LocalDate neededBy,
            LocalDate arrival) {
    }

    record ExceptionFact(String type, LocalDate detected, LocalDate closed) {
    }

    final long id;
    final String orderNo;
    final String factoryCode;
    final String factoryName;
    final String productType;
    final String productTypeName;
    final int planKeptPercent;
    final LocalDate dueDate;
    final Stage planStage;
    /** When the delivery milestone happened (closed orders); null while open. */
    LocalDate deliveredOn;
    final List<MilestoneFact> milestones = new ArrayList<>();
    final List<MaterialFact> materials = new ArrayList<>();
    final List<ExceptionFact> exceptions = new ArrayList<>();

    OrderFacts(long id, String orderNo, String factoryCode, String factoryName, String productType,
            String productTypeName, int planKeptPercent, LocalDate dueDate, Stage planStage) {
        this.id = id;
        this.orderNo = orderNo;
        this.factoryCode = factoryCode;
        this.factoryName = factoryName;
        this.productType = productType;
        this.productTypeName = productTypeName;
        this.planKeptPercent = planKeptPercent;
        this.dueDate = dueDate;
        this.planStage = planStage;
    }

    boolean late() {
        return deliveredOn != null && deliveredOn.isAfter(dueDate);
    }

    /** The first planned date of its plan: when the order's life began. */
    LocalDate start() {
        return milestones.stream().map(MilestoneFact::planned).min(LocalDate::compareTo).orElse(dueDate);
    }
}
