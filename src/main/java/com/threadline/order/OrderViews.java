package com.threadline.order;

import com.threadline.order.OrderLifecycle.Activity;
import com.threadline.order.OrderLifecycle.OpenTask;
import com.threadline.partner.MaterialKind;
import com.threadline.plan.Milestone;
import com.threadline.plan.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** The JSON shapes of orders as the API returns them. */
public final class OrderViews {

    private OrderViews() {
    }

    public record OrderSummary(String orderNo, String customer, String style, String productType, int quantity,
            LocalDate dueDate, String factoryCode, String factoryName, OrderStatus status, Stage stage,
            LocalDate forecastDeliveryDate, int delayDays) {

        /** {@code customerShown}: false leaves the customer out (the company keeps it from factories, suppliers). */
        static OrderSummary of(Order o, boolean customerShown) {
            return new OrderSummary(o.getOrderNo(), customerShown ? o.getCustomer().getName() : null, o.getStyle(), o.getProductType(),
                    o.getQuantity(), o.getDueDate(), o.getFactory().getCode(), o.getFactory().getName(),
                    o.getStatus(), o.getStage(), o.getForecastDeliveryDate(), o.getDelayDays());
        }
    }

    public record OrderDetail(String orderNo, String customer, String style, String productType, int quantity,
            LocalDate dueDate, String factoryCode, String factoryName, String merchandiser, String businessOwner,
            String templateCode, int planKeptPercent, OrderStatus status, Stage stage, Stage planStage,
            LocalDate forecastDeliveryDate, int delayDays, String cancelReason, List<MaterialView> materials, List<MilestoneView> milestones,
            List<Activity> currentActivities, List<OpenTask> openTasks, String remarks, Map<String, String> names,
            List<SizeLineView> sizeLines, BigDecimal unitPrice, CreditCheck creditCheck, String creditNote) {

        /**
         * {@code names}: the display names of the order's people by login, for pages that show people by name;
         * {@code creditShown}: false leaves out the price and the credit check (factories and suppliers).
         */
        static OrderDetail of(Order o, boolean customerShown, boolean creditShown, List<Activity> activities,
                List<OpenTask> tasks, Map<String, String> names) {
            return new OrderDetail(o.getOrderNo(), customerShown ? o.getCustomer().getName() : null, o.getStyle(), o.getProductType(),
                    o.getQuantity(), o.getDueDate(), o.getFactory().getCode(), o.getFactory().getName(),
                    o.getMerchandiser(), o.getBusinessOwner(), o.getTemplateCode(), o.getPlanKeptPercent(),
                    o.getStatus(), o.getStage(), o.getPlanStage(), o.getForecastDeliveryDate(), o.getDelayDays(), o.getCancelReason(),
                    o.getMaterials().stream().map(m -> MaterialView.of(m, o)).toList(),
                    o.getMilestones().stream().map(MilestoneView::of).toList(), activities,
                    customerShown ? tasks : tasks.stream().map(t -> t.withoutText(o.getCustomer().getName())).toList(),
                    o.getRemarks(), names, o.getSizeLines().stream().map(SizeLineView::of).toList(),
                    creditShown ? o.getUnitPrice() : null, creditShown ? o.getCreditCheck() : null,
                    creditShown ? o.getCreditNote() : null);
        }
    }

    /** One colour × size cell as ordered; colours in entry order. */
    public record SizeLineView(String colour, String size, int quantity) {

        static SizeLineView of(SizeLine line) {
            return new SizeLineView(line.getColour(), line.getSize(), line.getQuantity());
        }
    }

    /**
     * {@code expectedInHouse}: when the line is now expected in the factory, from its own dates or, when later, from a
     * slip reported on its in-house milestone; {@code neededBy}: when the plan needs it there.
     */
    public record MaterialView(int lineNo, MaterialKind kind, String description, String supplierCode,
            String supplierName, BigDecimal quantity, String unit, LocalDate poDueDate, LocalDate shippedDate,
            LocalDate eta, LocalDate arrivalDate, LocalDate neededBy, LocalDate expectedInHouse, MaterialSupply supply) {

        static MaterialView of(MaterialLine m, Order order) {
            LocalDate own = m.expectedInHouse();
            LocalDate slip = m.getArrivalDate() != null ? null : order.milestone(m.getKind().inHouseMilestone())
                    .filter(milestone -> !milestone.isDone()).map(Milestone::getExpectedDate).orElse(null);
            LocalDate expected = own == null || (slip != null && slip.isAfter(own)) ? slip : own;
            return new MaterialView(m.getLineNo(), m.getKind(), m.getDescription(), m.getSupplier().getCode(),
                    m.getSupplier().getName(), m.getQuantity(), m.getUnit(), m.getPoDueDate(), m.getShippedDate(),
                    m.getEta(), m.getArrivalDate(), m.getNeededBy(), expected, m.getSupply());
        }
    }

    /** {@code slipDays}: how far the forecast (or the actual date) lies behind the plan. */
    public record MilestoneView(String code, String nameZh, String nameEn, Stage stage, String ownerRole,
            LocalDate plannedDate, LocalDate forecastDate, LocalDate actualDate, LocalDate expectedDate,
            String slipReason, long slipDays, boolean done) {

        static MilestoneView of(Milestone m) {
            return new MilestoneView(m.getCode(), m.getNameZh(), m.getNameEn(), m.getStage(), m.getOwnerRole(),
                    m.getPlannedDate(), m.getForecastDate(), m.getActualDate(), m.getExpectedDate(),
                    m.getSlipReason(), ChronoUnit.DAYS.between(m.getPlannedDate(), m.getForecastDate()), m.isDone());
        }
    }

    /** The plan an order would get, shown before it is saved. */
    public record PlanPreview(String templateCode, int planKeptPercent, List<MilestoneView> milestones) {

        static PlanPreview of(com.threadline.plan.PlanGenerator.Plan plan) {
            return new PlanPreview(plan.templateCode(), plan.keptPercent(),
                    plan.milestones().stream().map(MilestoneView::of).toList());
        }
    }
}
