package com.threadline.monitoring;

import com.threadline.inputs.LogisticsEventKind;
import com.threadline.inputs.ProductionStage;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** The monitors' set-based reads over all open orders (or a given few, see {@link Scope}). */
@Component
class MonitorQueries {

    private final EntityManager entityManager;

    MonitorQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    record LateOrder(Long id, String orderNo, com.threadline.plan.Stage stage, int delayDays,
            LocalDate forecastDeliveryDate, LocalDate dueDate, String factoryCode) {
    }

    private static final String LATE_ORDERS = """
            select new com.threadline.monitoring.MonitorQueries$LateOrder(o.id, o.orderNo, o.planStage, o.delayDays,
                   o.forecastDeliveryDate, o.dueDate, f.code)
            from Order o join o.factory f
            where o.status = com.threadline.order.OrderStatus.OPEN and o.delayDays > :minDays
              and """ + Scope.CLAUSE;

    List<LateOrder> lateOrders(int minDays, Scope scope) {
        return scope.read(() -> entityManager.createQuery(LATE_ORDERS, LateOrder.class)
                .setParameter("minDays", minDays));
    }

    private static final String UNSTARTED_ORDERS_DUE_BY = """
            select new com.threadline.monitoring.MonitorQueries$LateOrder(o.id, o.orderNo, o.planStage, o.delayDays,
                   o.forecastDeliveryDate, o.dueDate, f.code)
            from Order o join o.factory f join o.milestones m
            where o.status = com.threadline.order.OrderStatus.OPEN and o.dueDate <= :horizon
              and m.code = 'CUTTING_START' and m.actualDate is null
              and """ + Scope.CLAUSE;

    List<LateOrder> unstartedOrdersDueBy(LocalDate horizon, Scope scope) {
        return scope.read(() -> entityManager.createQuery(UNSTARTED_ORDERS_DUE_BY, LateOrder.class)
                .setParameter("horizon", horizon));
    }

    record OpenMaterial(Long orderId, String orderNo, com.threadline.plan.Stage stage, String factoryCode,
            int lineNo, com.threadline.partner.MaterialKind kind, String description, String supplierCode,
            int transitDays, LocalDate poDueDate, LocalDate shippedDate, LocalDate eta, LocalDate neededBy,
            LocalDate inHouseExpected) {
    }

    /**
     * Material lines not yet in house that may come too late: shipped with an ETA after the date the plan
     * needs them, not shipped yet and either needed soon or ordered for after that date, or waited for by an in-house
     * milestone someone now expects after that date (a slip reported on the milestone is the lines' slip too).
     */
    private static final String MATERIALS_AT_RISK = """
            select new com.threadline.monitoring.MonitorQueries$OpenMaterial(o.id, o.orderNo, o.planStage, f.code,
                   ml.lineNo, ml.kind, ml.description, s.code, s.transitDays, ml.poDueDate, ml.shippedDate, ml.eta,
                   ml.neededBy, m.expectedDate)
            from Order o join o.factory f join o.materials ml join ml.supplier s
                 join o.milestones m on m.code = case when ml.kind = com.threadline.partner.MaterialKind.FABRIC
                      then 'FABRIC_IN_HOUSE' else 'TRIMS_IN_HOUSE' end
            where o.status = com.threadline.order.OrderStatus.OPEN and ml.arrivalDate is null
              and (ml.eta > ml.neededBy or m.expectedDate > ml.neededBy or (ml.shippedDate is null
                   and (ml.neededBy <= :unshippedHorizon or ml.poDueDate > ml.neededBy)))
              and m.actualDate is null
              and """ + Scope.CLAUSE;

    List<OpenMaterial> materialsAtRisk(LocalDate unshippedHorizon, Scope scope) {
        return scope.read(() -> entityManager.createQuery(MATERIALS_AT_RISK, OpenMaterial.class)
                .setParameter("unshippedHorizon", unshippedHorizon));
    }

    int longestTransitDays() {
        return entityManager.createQuery("select coalesce(max(s.transitDays), 0) from Supplier s", Integer.class)
                .getSingleResult();
    }

    record TechPackChange(Long orderId, String orderNo, com.threadline.plan.Stage stage, int delayDays,
            String factoryCode, String version, Instant changedAt, LocalDate cuttingForecast,
            LocalDate cuttingActual) {
    }

    /** Every tech-pack version of the open orders that had a version recorded since {@code since}. */
    private static final String TECH_PACK_VERSIONS_CHANGED_SINCE = """
            select new com.threadline.monitoring.MonitorQueries$TechPackChange(o.id, o.orderNo, o.planStage, o.delayDays,
                   f.code, t.version, t.changedAt, m.forecastDate, m.actualDate)
            from TechPackVersion t, Order o join o.factory f join o.milestones m
            where t.orderId = o.id and o.status = com.threadline.order.OrderStatus.OPEN and m.code = 'CUTTING_START'
              and o.id in (select r.orderId from TechPackVersion r where r.changedAt >= :since)
              and """ + Scope.CLAUSE;

    List<TechPackChange> techPackVersionsChangedSince(Instant since, Scope scope) {
        return scope.read(() -> entityManager.createQuery(TECH_PACK_VERSIONS_CHANGED_SINCE, TechPackChange.class)
                .setParameter("since", since));
    }

    record LogisticsAgainstPlan(Long eventId, Long orderId, String orderNo, com.threadline.plan.Stage stage,
            int delayDays, String factoryCode, LogisticsEventKind kind, Instant expectedAt,
            Instant actualAt, String milestoneCode, LocalDate plannedDate, LocalDate dueDate) {
    }

    /** Logistics events of open orders, each with the planned date of its milestone (an arrival: ETA). */
    private static final String LOGISTICS_AGAINST_PLAN = """
            select new com.threadline.monitoring.MonitorQueries$LogisticsAgainstPlan(e.id, o.id, o.orderNo, o.planStage,
                   o.delayDays, f.code, e.kind, e.expectedAt, e.actualAt, m.code, m.plannedDate, o.dueDate)
            from LogisticsEvent e join Order o on e.orderId = o.id join o.factory f
                 join o.milestones m on m.code = case e.kind
                      when com.threadline.inputs.LogisticsEventKind.BOOKING then 'BOOKING'
                      when com.threadline.inputs.LogisticsEventKind.ETD then 'ETD' else 'ETA' end
            where o.status = com.threadline.order.OrderStatus.OPEN
              and """ + Scope.CLAUSE;

    List<LogisticsAgainstPlan> logisticsAgainstPlan(Scope scope) {
        return scope.read(() -> entityManager.createQuery(LOGISTICS_AGAINST_PLAN, LogisticsAgainstPlan.class));
    }

    record OutputAgainstCapacity(Long orderId, String orderNo, com.threadline.plan.Stage stage, int orderQuantity,
            String factoryCode, ProductionStage productionStage, LocalDate reportDate, int quantity,
            int dailyCapacity, LocalDate dueDate) {
    }

    /**
     * Recent daily output of open orders next to the planned daily capacity of the same stage, for the stages
     * that had at least one day below capacity in that time (the others cannot be short days running).
     */
    private static final String OUTPUT_AGAINST_CAPACITY_SINCE = """
            select new com.threadline.monitoring.MonitorQueries$OutputAgainstCapacity(o.id, o.orderNo, o.planStage,
                   o.quantity, f.code, p.stage, p.reportDate, p.quantity, c.dailyQuantity, o.dueDate)
            from ProductionOutput p join CapacityPlan c on c.orderId = p.orderId and c.stage = p.stage
                 join Order o on o.id = p.orderId join o.factory f
            where p.reportDate between c.fromDate and c.toDate and p.reportDate >= :since
              and o.status = com.threadline.order.OrderStatus.OPEN
              and exists (select 1 from ProductionOutput s where s.orderId = c.orderId and s.stage = c.stage
                          and s.reportDate between c.fromDate and c.toDate and s.reportDate >= :since
                          and s.quantity < c.dailyQuantity)
              and """ + Scope.CLAUSE;

    List<OutputAgainstCapacity> outputAgainstCapacitySince(LocalDate since, Scope scope) {
        return scope.read(() -> entityManager.createQuery(OUTPUT_AGAINST_CAPACITY_SINCE, OutputAgainstCapacity.class)
                .setParameter("since", since));
    }
}
