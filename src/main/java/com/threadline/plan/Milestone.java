package com.threadline.plan;

import com.threadline.audit.AuditedByOrder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One line of an order's T&A plan. The planned date is fixed when the plan is made; the forecast
 * moves with slips upstream; the actual date is what happened.
 */
@Entity
public class Milestone implements AuditedByOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    /** Written by the order's {@code milestones} mapping; read here for the audit trail. */
    @Column(name = "order_id", insertable = false, updatable = false)
    private Long orderId;
    private int seq;
    private String code;
    private String nameZh;
    private String nameEn;
    @Enumerated(EnumType.STRING)
    private Stage stage;
    private String ownerRole;
    private String dependsOn;
    private boolean deliveryMilestone;
    private boolean onFactoryCalendar;
    private LocalDate plannedDate;
    private LocalDate expectedDate;
    private LocalDate materialDate;
    private LocalDate forecastDate;
    private LocalDate actualDate;
    private String slipReason;

    protected Milestone() {
    }

    Milestone(TemplateMilestone template, LocalDate plannedDate) {
        this.seq = template.getSeq();
        this.code = template.getCode();
        this.nameZh = template.getNameZh();
        this.nameEn = template.getNameEn();
        this.stage = template.getStage();
        this.ownerRole = template.getOwnerRole();
        this.dependsOn = template.getDependsOn();
        this.deliveryMilestone = template.isDeliveryMilestone();
        this.onFactoryCalendar = template.isOnFactoryCalendar();
        this.plannedDate = plannedDate;
        this.forecastDate = plannedDate;
    }

    /** Called by the order once it has an id, before this milestone is inserted. */
    public void belongsTo(Long orderId) {
        this.orderId = orderId;
    }

    public boolean isDone() {
        return actualDate != null;
    }

    public List<String> predecessorCodes() {
        if (dependsOn == null || dependsOn.isBlank()) {
            return List.of();
        }
        return Arrays.stream(dependsOn.split(",")).map(String::trim).toList();
    }

    /** Records when the milestone really happened; a later report of the same milestone corrects it. */
    public void recordActual(LocalDate date) {
        this.actualDate = date;
        this.expectedDate = null;
        this.slipReason = null;
    }

    /** Someone now expects this open milestone on another date (a slip, or a recovery). */
    public void expectOn(LocalDate date, String reason) {
        this.expectedDate = date;
        this.slipReason = reason;
    }

    /** The material this milestone waits for is predicted in house on {@code date} (null: nothing predicted). */
    public void awaitMaterial(LocalDate date) {
        this.materialDate = date;
    }

    void forecastOn(LocalDate date) {
        this.forecastDate = date;
    }

    public Long getId() {
        return id;
    }

    @Override
    public Long getOrderId() {
        return orderId;
    }

    public int getSeq() {
        return seq;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public Stage getStage() {
        return stage;
    }

    public String getOwnerRole() {
        return ownerRole;
    }

    public boolean isOnFactoryCalendar() {
        return onFactoryCalendar;
    }

    public boolean isDeliveryMilestone() {
        return deliveryMilestone;
    }

    public LocalDate getPlannedDate() {
        return plannedDate;
    }

    public LocalDate getExpectedDate() {
        return expectedDate;
    }

    public LocalDate getMaterialDate() {
        return materialDate;
    }

    public LocalDate getForecastDate() {
        return forecastDate;
    }

    public LocalDate getActualDate() {
        return actualDate;
    }

    public String getSlipReason() {
        return slipReason;
    }
}
