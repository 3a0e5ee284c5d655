package com.threadline.order;

import com.threadline.access.CallerScope;
import com.threadline.audit.AuditedByOrder;
import com.threadline.customer.Customer;
import com.threadline.partner.Factory;
import com.threadline.partner.MaterialKind;
import com.threadline.plan.Milestone;
import com.threadline.plan.Stage;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.ParamDef;

/** A customer order with its materials and its T&A plan; the lifecycle process knows it by order number. */
@Entity
@Table(name = "orders")
@FilterDef(name = CallerScope.FACTORY_FILTER, autoEnabled = true, applyToLoadByKey = true,
        parameters = @ParamDef(name = "factoryId", type = Long.class, resolver = CallerScope.FactoryId.class))
@FilterDef(name = CallerScope.SUPPLIER_FILTER, autoEnabled = true, applyToLoadByKey = true,
        parameters = @ParamDef(name = "supplierId", type = Long.class, resolver = CallerScope.SupplierId.class))
@Filter(name = CallerScope.FACTORY_FILTER, deduceAliasInjectionPoints = false,
        condition = "(:factoryId = -1 OR {alias}.factory_id = :factoryId)")
@Filter(name = CallerScope.SUPPLIER_FILTER, deduceAliasInjectionPoints = false,
        condition = "(:supplierId = -1 OR {alias}.id IN "
                + "(SELECT ml.order_id FROM material_line ml WHERE ml.supplier_id = :supplierId))")
public class Order implements AuditedByOrder {

    private static final int PRICE_SCALE = 4;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @NaturalId
    private String orderNo;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Customer customer;
    private String style;
    private String productType;
    private int quantity;
    private BigDecimal unitPrice;
    private LocalDate dueDate;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Factory factory;
    private String merchandiser;
    private String businessOwner;
    private String templateCode;
    private int planKeptPercent = 100;
    @Enumerated(EnumType.STRING)
    private OrderStatus status = OrderStatus.OPEN;
    @Enumerated(EnumType.STRING)
    private Stage stage = Stage.DESIGN;
    @Enumerated(EnumType.STRING)
    private Stage planStage = Stage.DESIGN;
    private LocalDate forecastDeliveryDate;
    private int delayDays;
    private String processInstanceId;
    private String requestFingerprint;
    private String cancelReason;
    @Enumerated(EnumType.STRING)
    private CreditCheck creditCheck;
    private String creditNote;
    private String remarks;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    @OrderBy("lineNo")
    @Filter(name = CallerScope.SUPPLIER_FILTER, condition = "(:supplierId = -1 OR supplier_id = :supplierId)")
    private List<MaterialLine> materials = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    @OrderBy("seq")
    private List<Milestone> milestones = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    @OrderBy("seq")
    private List<SizeLine> sizeLines = new ArrayList<>();

    protected Order() {
    }

    Order(String orderNo, Customer customer, String style, String productType, int quantity, LocalDate dueDate,
            Factory factory, String merchandiser, String businessOwner, String requestFingerprint, Instant now) {
        this.orderNo = orderNo;
        this.customer = customer;
        this.style = style;
        this.productType = productType;
        this.quantity = quantity;
        this.dueDate = dueDate;
        this.factory = factory;
        this.merchandiser = merchandiser;
        this.businessOwner = businessOwner;
        this.requestFingerprint = requestFingerprint;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * The order's lines are inserted after the order, when its id is known: they learn it here first, so the
     * audit trail files their creation under this order.
     */
    @PostPersist
    void tellLinesTheOrderId() {
        materials.forEach(line -> line.belongsTo(id));
        sizeLines.forEach(line -> line.belongsTo(id));
        milestones.forEach(milestone -> milestone.belongsTo(id));
    }

    /**
     * Splits the quantity over these colours and sizes (checked beforehand): a cell kept keeps its row, a cell no
     * longer given goes, a new one is added; colours keep the order given.
     */
    void splitInto(List<SizeLineRequest> lines, Instant now) {
        List<SizeLine> kept = new ArrayList<>();
        int seq = 0;
        for (SizeLineRequest line : lines) {
            seq++;
            Optional<SizeLine> existing = sizeLines.stream().filter(l -> l.is(line.colour(), line.size())).findFirst();
            if (existing.isPresent()) {
                existing.get().becomes(seq, line.quantity());
                kept.add(existing.get());
            } else {
                SizeLine added = new SizeLine(seq, line.colour().strip(), line.size().strip(), line.quantity());
                added.belongsTo(id);
                kept.add(added);
            }
        }
        sizeLines.retainAll(kept);
        kept.stream().filter(line -> !sizeLines.contains(line)).forEach(sizeLines::add);
        updatedAt = now;
    }

    void addMaterial(MaterialLine line) {
        materials.add(line);
    }

    void adoptPlan(String templateCode, List<Milestone> plan, int keptPercent) {
        this.templateCode = templateCode;
        this.planKeptPercent = keptPercent;
        this.milestones.addAll(plan);
        for (MaterialLine line : materials) {
            milestone(line.getKind().inHouseMilestone()).ifPresent(m -> line.neededBy(m.getPlannedDate()));
        }
    }

    /**
     * Each in-house milestone waits for its material lines: it takes the latest date they are expected in house, so a
     * supplier's late ETA moves the milestone, what depends on it, and the delivery forecast.
     */
    void expectMaterials() {
        for (MaterialKind kind : MaterialKind.values()) {
            milestone(kind.inHouseMilestone()).ifPresent(m -> m.awaitMaterial(materials.stream()
                    .filter(line -> line.getKind() == kind)
                    .map(MaterialLine::expectedInHouse)
                    .filter(Objects::nonNull)
                    .max(Comparator.naturalOrder())
                    .orElse(null)));
        }
    }

    /** Takes the plan's new delivery forecast and the stage it has reached after a re-forecast. */
    void updateDeliveryForecast(Optional<LocalDate> forecast, Stage planStage, Instant now) {
        this.planStage = planStage;
        this.forecastDeliveryDate = forecast.orElse(dueDate);
        this.delayDays = (int) Math.max(0, ChronoUnit.DAYS.between(dueDate, forecastDeliveryDate));
        this.updatedAt = now;
    }

    /** Kept at the column's scale, so an order answered before it is read back shows the price as stored. */
    void pricedAt(BigDecimal unitPrice) {
        this.unitPrice = unitPrice == null ? null : unitPrice.setScale(PRICE_SCALE, RoundingMode.HALF_UP);
    }

    void creditChecked(CreditCheck check, String note, Instant now) {
        this.creditCheck = check;
        this.creditNote = note;
        this.updatedAt = now;
    }

    /** Quantity × unit price, in the customer's credit currency; null for an order without a price. */
    public BigDecimal value() {
        return unitPrice == null ? null : unitPrice.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP);
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void enter(Stage stage, Instant now) {
        this.stage = stage;
        this.updatedAt = now;
    }

    void markDelivered(Instant now) {
        this.status = OrderStatus.DELIVERED;
        this.updatedAt = now;
    }

    void cancel(String reason, Instant now) {
        this.status = OrderStatus.CANCELLED;
        this.cancelReason = reason;
        this.updatedAt = now;
    }

    /** The facts no approval governs; null leaves one as it is, a blank remark clears the remarks. */
    void describe(String style, String remarks, Instant now) {
        if (style != null) {
            this.style = style.strip();
        }
        if (remarks != null) {
            this.remarks = remarks.isBlank() ? null : remarks.strip();
        }
        this.updatedAt = now;
    }

    /** Only through an approved change request (ApprovalRequest of kind DELIVERY_DATE_CHANGE). */
    void dueOn(LocalDate dueDate, Instant now) {
        this.dueDate = dueDate;
        this.updatedAt = now;
    }

    /** Only through an approved change request (QUANTITY_CHANGE). */
    void ofQuantity(int quantity, Instant now) {
        this.quantity = quantity;
        this.updatedAt = now;
    }

    Optional<MaterialLine> material(int lineNo) {
        return materials.stream().filter(line -> line.getLineNo() == lineNo).findFirst();
    }

    public boolean isOpen() {
        return status == OrderStatus.OPEN;
    }

    public Optional<Milestone> milestone(String code) {
        return milestones.stream().filter(m -> m.getCode().equals(code)).findFirst();
    }

    public Long getId() {
        return id;
    }

    /** The order's own id: an order is audited under itself. */
    @Override
    public Long getOrderId() {
        return id;
    }

    public String getOrderNo() {
        return orderNo;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getStyle() {
        return style;
    }

    public String getProductType() {
        return productType;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public CreditCheck getCreditCheck() {
        return creditCheck;
    }

    public String getCreditNote() {
        return creditNote;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Factory getFactory() {
        return factory;
    }

    public String getMerchandiser() {
        return merchandiser;
    }

    public String getBusinessOwner() {
        return businessOwner;
    }

    public String getTemplateCode() {
        return templateCode;
    }

    /** How much of its template's gaps before delivery the plan kept: 100 as written, less for a compressed one. */
    public int getPlanKeptPercent() {
        return planKeptPercent;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public Stage getStage() {
        return stage;
    }

    /** How far the plan has got (see {@link com.threadline.plan.PlanForecaster#stageReached}). */
    public Stage getPlanStage() {
        return planStage;
    }

    public LocalDate getForecastDeliveryDate() {
        return forecastDeliveryDate;
    }

    public int getDelayDays() {
        return delayDays;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getRequestFingerprint() {
        return requestFingerprint;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public String getRemarks() {
        return remarks;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<MaterialLine> getMaterials() {
        return materials;
    }

    public List<SizeLine> getSizeLines() {
        return sizeLines;
    }

    public List<Milestone> getMilestones() {
        return milestones;
    }
}
