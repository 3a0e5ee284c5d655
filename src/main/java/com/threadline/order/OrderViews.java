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

/** The JSON shapes of orders as the API returns them. */
public final class OrderViews {

    private OrderViews() {
    }

    public record OrderSummary(String orderNo, String customer, String style, String productType, int quantity,
            LocalDate dueDate, String factoryCode, String factoryName, OrderStatus status, Stage stage,
            LocalDate forecastDeliveryDate, int delayDays) {

        static OrderSummary of(Order o) {
            return new OrderSummary(o.getOrderNo(), o.getCustomer().getName(), o.getStyle(), o.getProductType(),
                    o.getQuantity(), o.getDueDate(), o.getFactory().getCode(), o.getFactory().getName(),
                    o.getStatus(), o.getStage(), o.getForecastDeliveryDate(), o.getDelayDays());
        }
    }

    public record OrderDetail(String orderNo, String customer, String style, String productType, int quantity,
            LocalDate dueDate, String factoryCode, String factoryName, String merchandiser, String businessOwner,
            String templateCode, OrderStatus status, Stage stage, LocalDate forecastDeliveryDate, int delayDays,
            String cancelReason, List<MaterialView> materials, List<MilestoneView> milestones,
            List<Activity> currentActivities, List<OpenTask> openTasks) {

        static OrderDetail of(Order o, List<Activity> activities, List<OpenTask> tasks) {
            return new OrderDetail(o.getOrderNo(), o.getCustomer().getName(), o.getStyle(), o.getProductType(),
                    o.getQuantity(), o.getDueDate(), o.getFactory().getCode(), o.getFactory().getName(),
                    o.getMerchandiser(), o.getBusinessOwner(), o.getTemplateCode(), o.getStatus(), o.getStage(),
                    o.getForecastDeliveryDate(), o.getDelayDays(), o.getCancelReason(),
                    o.getMaterials().stream().map(MaterialView::of).toList(),
                    o.getMilestones().stream().map(MilestoneView::of).toList(), activities, tasks);
        }
    }

    public record MaterialView(int lineNo, MaterialKind kind, String description, String supplierCode,
            String supplierName, BigDecimal quantity, String unit, LocalDate poDueDate, LocalDate shippedDate,
            LocalDate eta, LocalDate arrivalDate) {

        static MaterialView of(MaterialLine m) {
            return new MaterialView(m.getLineNo(), m.getKind(), m.getDescription(), m.getSupplier().getCode(),
                    m.getSupplier().getName(), m.getQuantity(), m.getUnit(), m.getPoDueDate(), m.getShippedDate(),
                    m.getEta(), m.getArrivalDate());
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

    public record PageOf<T>(List<T> items, int page, int size, long total) {
    }
}
